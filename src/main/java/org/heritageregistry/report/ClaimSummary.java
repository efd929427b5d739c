package org.heritageregistry.report;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A report in brief, where a monument shows the claim behind its condition. */
@Schema(name = "ClaimSummary", description = "A report in brief. Its condition is UNKNOWN on the kinds of incident that claim none (all but CONDITION).")
public record ClaimSummary(
        @Schema(format = "uuid", required = true) UUID reportId,
        @Schema(required = true) IncidentKind incidentKind,
        @Schema(required = true) Condition condition,
        @Schema(description = "The number claimed, on the kinds that count.") IncidentCount count,
        @Schema(description = "Who controls the site, on a CONTROL report.") SiteControl control,
        @Schema(description = "The objects or people concerned.", examples = "captured Syrian soldiers", maxLength = 500) String affected,
        @Schema(examples = "It is total destruction", maxLength = 500) String conditionWording,
        @Schema(required = true) EdtfView eventDate,
        @Schema(required = true) Certainty certainty,
        @Schema(required = true) VerificationStatus status,
        @Schema(required = true) SourceView source,
        @Schema(required = true) Instant submittedAt) {

    public static ClaimSummary of(DamageReport report, SourceView source) {
        return new ClaimSummary(report.id, report.incidentKind, report.condition, report.incidentCount(), report.siteControl(), report.affected, report.conditionWording,
                org.heritageregistry.vocabulary.EdtfView.from(report.eventDate), report.certainty, report.status, source, report.submittedAt);
    }
}
