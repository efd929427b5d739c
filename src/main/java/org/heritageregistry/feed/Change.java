package org.heritageregistry.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of the change feed. Written once, in the transaction of the change; never updated. */
@Entity
@Table(name = "registry_change")
public class Change extends PanacheEntityBase {

    @Id
    @Column(name = "feed_position")
    public long position;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "entity_id")
    public String entityId;

    /** Null for a change to a claim about the whole site. */
    @Column(name = "monument_id")
    public String monumentId;

    @Column(name = "site_id")
    public String siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_kind")
    public IncidentKind incidentKind;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_condition")
    public Condition condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_condition")
    public Condition previousCondition;

    @Enumerated(EnumType.STRING)
    public VerificationStatus status;

    public Integer revision;

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    public String note;
}
