package org.heritageregistry.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.heritageregistry.common.PageRequest;
import org.heritageregistry.vocabulary.LocalizedName;
import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A heritage place such as Palmyra; its id is a stable slug. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

    @Id
    public String id;

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

    /** A GeoJSON Polygon or MultiPolygon as canonical JSON text (SiteBoundary), or null. */
    public String boundary;

    public boolean retired;

    // Eager, so every row of a page query has its names loaded, the look-ahead row included (the
    // keyset query reads one row beyond the page to know whether a next one exists). A batch of the
    // largest page plus one loads them in one statement, not one per 16 sites (Quarkus's default).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_name", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "idx")
    @BatchSize(size = PageRequest.MAX_LIMIT + 1)
    public List<LocalizedName> names = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
