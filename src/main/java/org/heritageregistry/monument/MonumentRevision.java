package org.heritageregistry.monument;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.heritageregistry.common.RecordRevision;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.MonumentCategory;


/**
 * One edit of a monument's own record: who, when, the fields it changed (from and to), and the
 * record as it stood before the edit. Only ever added; an asOf read before {@link #recordedAt}
 * takes the record from the earliest such row after the instant.
 */
@Entity
@Table(name = "monument_revision")
public class MonumentRevision extends RecordRevision {

    @Column(name = "monument_id")
    public String monumentId;

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
