package org.heritageregistry.report;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A report in brief, where a monument shows the claim behind its condition. */
@Schema(name = "ClaimSummary", description = "A report in brief.")
public record ClaimSummary(
        @Schema(format = "uuid", required = true) UUID reportId,
        @Schema(required = true) Condition condition,
        @Schema(examples = "It is total destruction", maxLength = 500) String conditionWording,
        @Schema(required = true) EdtfView eventDate,
        @Schema(required = true) Certainty certainty,
        @Schema(required = true) VerificationStatus status,
        @Schema(required = true) SourceView source,
        @Schema(required = true) Instant submittedAt) {

    public static ClaimSummary of(DamageReport report, SourceView source) {
        return new ClaimSummary(report.id, report.condition, report.conditionWording,
                org.heritageregistry.vocabulary.EdtfView.from(report.eventDate), report.certainty, report.status, source, report.submittedAt);
    }
}
