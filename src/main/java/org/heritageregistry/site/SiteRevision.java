package org.heritageregistry.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One edit of a site's record: who, when, the fields it changed (from and to), and the record as
 * it stood before the edit (as MonumentRevision for monuments). Only ever added; an asOf read
 * before {@link #recordedAt} takes the record from the earliest such row after the instant.
 */
@Entity
@Table(name = "site_revision")
public class SiteRevision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "site_id")
    public String siteId;

    /** 1 for the first edit, then one more per edit of the same site. */
    public int revision;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    /** JSON object: each changed field with its from and to. */
    public String changes;

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
