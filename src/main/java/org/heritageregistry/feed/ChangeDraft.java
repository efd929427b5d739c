package org.heritageregistry.feed;

import java.time.Instant;
import java.util.UUID;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A change as a write describes it, before the feed gives it a position. One factory per kind. */
public record ChangeDraft(ChangeKind kind, Instant at, String entityId, String monumentId, UUID reportId, UUID decisionId,
        Condition condition, Condition previousCondition, VerificationStatus status, Integer revision, UUID supersedesId, String note) {

    public static ChangeDraft reportSubmitted(UUID reportId, String monumentId, Condition asserted, Instant at) {
        return new ChangeDraft(ChangeKind.REPORT_SUBMITTED, at, reportId.toString(), monumentId, reportId, null, asserted, null, null, 1, null, null);
    }

    public static ChangeDraft reportAmended(UUID revisionId, String monumentId, Condition asserted, int revision, UUID supersedesId, Instant at) {
        return new ChangeDraft(ChangeKind.REPORT_AMENDED, at, revisionId.toString(), monumentId, revisionId, null, asserted, null, null, revision,
                supersedesId, null);
    }

    public static ChangeDraft decisionMade(UUID decisionId, UUID reportId, String monumentId, VerificationStatus status, Instant at) {
        return new ChangeDraft(ChangeKind.DECISION_MADE, at, decisionId.toString(), monumentId, reportId, decisionId, null, null, status, null, null, null);
    }

    /** @param establishedBy the report the new condition comes from; null when it fell back to UNKNOWN */
    public static ChangeDraft conditionChanged(String monumentId, Condition from, Condition to, UUID establishedBy, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_CONDITION_CHANGED, at, monumentId, monumentId, establishedBy, null, to, from, null, null, null, null);
    }

    public static ChangeDraft monumentCreated(String monumentId, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_CREATED, at, monumentId, monumentId, null, null, null, null, null, null, null, null);
    }

    public static ChangeDraft monumentRetired(String monumentId, String reason, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_RETIRED, at, monumentId, monumentId, null, null, null, null, null, null, null, reason);
    }

    Change toChange(long position) {
        Change change = new Change();
        change.position = position;
        change.kind = kind;
        change.recordedAt = at;
        change.entityId = entityId;
        change.monumentId = monumentId;
        change.reportId = reportId;
        change.decisionId = decisionId;
        change.condition = condition;
        change.previousCondition = previousCondition;
        change.status = status;
        change.revision = revision;
        change.supersedesId = supersedesId;
        change.note = note;
        return change;
    }
}
