package org.heritageregistry.monument;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.MonumentCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One edit of a monument's own record: who, when, the fields it changed (from and to), and the
 * record as it stood before the edit. Only ever added; an asOf read before {@link #recordedAt}
 * takes the record from the earliest such row after the instant.
 */
@Entity
@Table(name = "monument_revision")
public class MonumentRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "monument_id")
    public String monumentId;

    /** 1 for the first edit, then one more per edit of the same monument. */
    public int revision;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** JSON object: each changed field with its from and to. */
    public String changes;

    @Column(name = "site_id")
    public String siteId;

    public String name;

    @Enumerated(EnumType.STRING)
    public MonumentCategory category;

    public String period;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_certainty")
    public Certainty locationCertainty;

    @Column(name = "location_basis")
    public String locationBasis;

    public String wikidata;

    public String pleiades;

    public String description;

    /** JSON array of the alternate names before the edit. */
    public String names;
}
