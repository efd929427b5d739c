package org.heritageregistry.report;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.heritageregistry.vocabulary.EvidenceKind;

/** One piece of evidence behind a report or a decision. */
@Embeddable
public class EvidenceItem {

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    public String description;

    public String url;

    public String credit;

    @Column(name = "acquired_on")
    public LocalDate acquiredOn;

    public String locator;
}
