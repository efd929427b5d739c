package org.heritageregistry.feed;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * A change as the feed and webhooks show it. It names entities and states only, never a source,
 * so nothing confidential can reach an anonymous reader through it.
 */
@Schema(name = "Change", description = "One change to the registry, at its position in commit order.")
public record ChangeView(
        @Schema(description = "Position in the feed: changes are numbered in commit order, without gaps.", examples = "57", minimum = "1",
                maximum = "9223372036854775807", format = "int64", required = true) long position,
        @Schema(description = "Opaque cursor of this change: pass it as `after` to resume with the next one.", examples = "djEfNTc", maxLength = 500,
                required = true) String cursor,
        @Schema(required = true) ChangeKind kind,
        @Schema(description = "When the registry recorded the change (seeded records keep their historical time).", required = true) Instant recordedAt,
        @Schema(description = "Id of the entity the change is about: the report (revision) for REPORT_*, the decision for DECISION_MADE, the monument for MONUMENT_*, the conflict for CONFLICT_SETTLED, the site for SITE_*, the source for SOURCE_*.",
                examples = "temple-of-bel", maxLength = 80, required = true) String entityId,
        @Schema(description = "The monument concerned; absent for a claim (or conflict) about the whole site, and for SITE_*.", examples = "temple-of-bel", maxLength = 80) String monumentId,
        @Schema(description = "The site concerned.", examples = "palmyra", maxLength = 80) String siteId,
        @Schema(description = "The kind of incident the report claims, on REPORT_* and DECISION_MADE.") IncidentKind incidentKind,
        @Schema(description = "The report concerned: the new revision, the decided report, or the report that establishes a new condition.") UUID reportId,
        @Schema(description = "The decision, for DECISION_MADE.") UUID decisionId,
        @Schema(description = "Where to read the entity now.", examples = "/api/v1/monuments/temple-of-bel", maxLength = 300, required = true) String link,
        @Schema(required = true) Summary summary) {

    /** What changed, in a few fields; each kind fills the ones that apply. */
    @Schema(name = "ChangeSummary", description = "What changed: the condition a report asserts or a monument now has, the condition before, a decision's status, "
            + "a revision's number and the revision it supersedes, why a monument or site was retired, or which fields of its record an edit changed.")
    public record Summary(Condition condition, Condition previousCondition, VerificationStatus status,
            @Schema(minimum = "1", maximum = "2147483647", format = "int32") Integer revision, UUID supersedesReportId,
            @Schema(examples = "Merged into the Great Colonnade record", maxLength = 500) String reason) {
    }

    public static ChangeView from(Change c) {
        return new ChangeView(c.position, cursorOf(c.position), c.kind, c.recordedAt, c.entityId, c.monumentId, c.siteId, c.incidentKind, c.reportId, c.decisionId, link(c),
                new Summary(c.condition, c.previousCondition, c.status, c.revision, c.supersedesId, c.note));
    }

    public static String cursorOf(long position) {
        return Cursor.encode(Long.toString(position));
    }

    private static String link(Change c) {
        return switch (c.kind) {
            case REPORT_SUBMITTED, REPORT_AMENDED -> "/api/v1/reports/" + c.reportId;
            case DECISION_MADE -> "/api/v1/reports/" + c.reportId + "/decisions";
            case MONUMENT_CONDITION_CHANGED, MONUMENT_CREATED, MONUMENT_UPDATED, MONUMENT_RETIRED -> "/api/v1/monuments/" + c.monumentId;
            case CONFLICT_SETTLED -> "/api/v1/conflicts/" + c.entityId;
            case SITE_CREATED, SITE_UPDATED, SITE_RETIRED -> "/api/v1/sites/" + c.siteId;
            // a merged duplicate's link redirects (308) to its survivor
            case SOURCE_UPDATED, SOURCE_MERGED -> "/api/v1/sources/" + c.entityId;
        };
    }
}
