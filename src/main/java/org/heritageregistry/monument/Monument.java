package org.heritageregistry.monument;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.heritageregistry.common.PageRequest;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A structure or object group within a site. The current condition and the latest claim are
 * derived from its reports and kept here so that lists can filter on them through an index.
 */
@Entity
@Table(name = "monument")
public class Monument extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "site_id")
    public String siteId;

    public String name;

    @Enumerated(EnumType.STRING)
    public MonumentCategory category;

    public String period;

    public Double latitude;

    public Double longitude;

    /** EAMENA's site location certainty of the point; null without a point. */
    @Enumerated(EnumType.STRING)
    @Column(name = "location_certainty")
    public Certainty locationCertainty;

    /** Where the point comes from, or how it was placed; null without a point. */
    @Column(name = "location_basis")
    public String locationBasis;

    public String wikidata;

    public String pleiades;

    public String description;

    public boolean retired;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_condition")
    public Condition currentCondition = Condition.UNKNOWN;

    @Column(name = "current_report_id")
    public UUID currentReportId;

    @Column(name = "latest_claim_report_id")
    public UUID latestClaimReportId;

    /** Another established report disagrees with the one the current condition comes from (see ConditionService.contesting). */
    @Column(name = "condition_contested")
    public boolean conditionContested;

    @ElementCollection
    @CollectionTable(name = "monument_name", joinColumns = @JoinColumn(name = "monument_id"))
    @OrderColumn(name = "idx")
    @BatchSize(size = PageRequest.MAX_LIMIT)
    public List<LocalizedName> names = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
