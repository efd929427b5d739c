package org.heritageregistry.site;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.heritageregistry.common.RecordRevision;


/**
 * One edit of a site's record: who, when, the fields it changed (from and to), and the record as
 * it stood before the edit (as MonumentRevision for monuments). Only ever added; an asOf read
 * before {@link #recordedAt} takes the record from the earliest such row after the instant.
 */
@Entity
@Table(name = "site_revision")
public class SiteRevision extends RecordRevision {

    @Column(name = "site_id")
    public String siteId;

    public String name;

    public String country;

    @Column(name = "unesco_id")
    public String unescoId;

    public String wikidata;

    public String pleiades;

    public Double latitude;

    public Double longitude;

    @Column(name = "in_danger_since")
    public LocalDate inDangerSince;

    public String description;

    /** The boundary before the edit, as GeoJSON text. */
    public String boundary;

    /** JSON array of the alternate names before the edit. */
    public String names;
}
