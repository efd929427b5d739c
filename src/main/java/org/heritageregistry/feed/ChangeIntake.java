package org.heritageregistry.feed;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A change a write has recorded and that has no feed position yet (see {@link ChangeSequencer}).
 * The id orders a transaction's own changes and nothing else: ids are taken before commit, so
 * across transactions they say nothing about which committed first.
 */
@Entity
@Table(name = "change_intake")
class ChangeIntake extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "entity_id")
    public String entityId;

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

    static ChangeIntake of(ChangeDraft draft) {
        ChangeIntake intake = new ChangeIntake();
        intake.kind = draft.kind();
        intake.recordedAt = draft.at();
        intake.entityId = draft.entityId();
        intake.monumentId = draft.monumentId();
        intake.siteId = draft.siteId();
        intake.incidentKind = draft.incidentKind();
        intake.reportId = draft.reportId();
        intake.decisionId = draft.decisionId();
        intake.condition = draft.condition();
        intake.previousCondition = draft.previousCondition();
        intake.status = draft.status();
        intake.revision = draft.revision();
        intake.supersedesId = draft.supersedesId();
        intake.note = draft.note();
        return intake;
    }

    ChangeDraft draft() {
        return new ChangeDraft(kind, recordedAt, entityId, monumentId, siteId, incidentKind, reportId, decisionId, condition, previousCondition, status, revision,
                supersedesId, note);
    }
}
