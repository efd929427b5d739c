package org.heritageregistry.feed;

import java.time.Instant;
import java.util.UUID;

import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A change as a write describes it, before the feed gives it a position. One factory per kind. */
public record ChangeDraft(ChangeKind kind, Instant at, String entityId, String monumentId, String siteId, IncidentKind incidentKind, UUID reportId,
        UUID decisionId, Condition condition, Condition previousCondition, VerificationStatus status, Integer revision, UUID supersedesId, String note) {

    /** @param monumentId null for a claim about the whole site */
    public static ChangeDraft reportSubmitted(UUID reportId, String monumentId, String siteId, IncidentKind incidentKind, Condition asserted, Instant at) {
        return new ChangeDraft(ChangeKind.REPORT_SUBMITTED, at, reportId.toString(), monumentId, siteId, incidentKind, reportId, null, asserted, null, null, 1,
                null, null);
    }

    public static ChangeDraft reportAmended(UUID revisionId, String monumentId, String siteId, IncidentKind incidentKind, Condition asserted, int revision,
            UUID supersedesId, Instant at) {
        return new ChangeDraft(ChangeKind.REPORT_AMENDED, at, revisionId.toString(), monumentId, siteId, incidentKind, revisionId, null, asserted, null, null,
                revision, supersedesId, null);
    }

    public static ChangeDraft decisionMade(UUID decisionId, UUID reportId, String monumentId, String siteId, IncidentKind incidentKind,
            VerificationStatus status, Instant at) {
        return new ChangeDraft(ChangeKind.DECISION_MADE, at, decisionId.toString(), monumentId, siteId, incidentKind, reportId, decisionId, null, null, status,
                null, null, null);
    }

    /** @param establishedBy the report the new condition comes from; null when it fell back to UNKNOWN */
    public static ChangeDraft conditionChanged(String monumentId, String siteId, Condition from, Condition to, UUID establishedBy, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_CONDITION_CHANGED, at, monumentId, monumentId, siteId, null, establishedBy, null, to, from, null, null,
                null, null);
    }

    public static ChangeDraft monumentCreated(String monumentId, String siteId, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_CREATED, at, monumentId, monumentId, siteId, null, null, null, null, null, null, null, null, null);
    }

    /** A monument's own record was corrected; {@code detail} names the changed fields. */
    public static ChangeDraft monumentUpdated(String monumentId, String siteId, String detail, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_UPDATED, at, monumentId, monumentId, siteId, null, null, null, null, null, null, null, null, detail);
    }

    public static ChangeDraft monumentRetired(String monumentId, String siteId, String reason, Instant at) {
        return new ChangeDraft(ChangeKind.MONUMENT_RETIRED, at, monumentId, monumentId, siteId, null, null, null, null, null, null, null, null, reason);
    }

    public static ChangeDraft siteCreated(String siteId, Instant at) {
        return new ChangeDraft(ChangeKind.SITE_CREATED, at, siteId, null, siteId, null, null, null, null, null, null, null, null, null);
    }

    /** A site's record was corrected; {@code detail} names the changed fields. */
    public static ChangeDraft siteUpdated(String siteId, String detail, Instant at) {
        return new ChangeDraft(ChangeKind.SITE_UPDATED, at, siteId, null, siteId, null, null, null, null, null, null, null, null, detail);
    }

    public static ChangeDraft siteRetired(String siteId, String reason, Instant at) {
        return new ChangeDraft(ChangeKind.SITE_RETIRED, at, siteId, null, siteId, null, null, null, null, null, null, null, null, reason);
    }

    /** A reviewer settled a conflict; {@code monumentId} is null for a conflict about the whole site. */
    public static ChangeDraft conflictSettled(UUID conflictId, String monumentId, String siteId, String rationale, Instant at) {
        return new ChangeDraft(ChangeKind.CONFLICT_SETTLED, at, conflictId.toString(), monumentId, siteId, null, null, null, null, null, null, null, null,
                rationale.length() <= 500 ? rationale : rationale.substring(0, 499) + "…");
    }

    /** A source's record was corrected; {@code detail} names the changed fields (never a name: the source may be confidential). */
    public static ChangeDraft sourceUpdated(UUID sourceId, String detail, Instant at) {
        return new ChangeDraft(ChangeKind.SOURCE_UPDATED, at, sourceId.toString(), null, null, null, null, null, null, null, null, null, null, detail);
    }

    /** One side of a merge of two sources (one change for the duplicate, one for the survivor); {@code detail} names the other by id. */
    public static ChangeDraft sourceMerged(UUID sourceId, String detail, Instant at) {
        return new ChangeDraft(ChangeKind.SOURCE_MERGED, at, sourceId.toString(), null, null, null, null, null, null, null, null, null, null, detail);
    }

    Change toChange(long position) {
        Change change = new Change();
        change.position = position;
        change.kind = kind;
        change.recordedAt = at;
        change.entityId = entityId;
        change.monumentId = monumentId;
        change.siteId = siteId;
        change.incidentKind = incidentKind;
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
