package org.heritageregistry.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.vocabulary.VerificationStatus;

@Schema(name = "Decision", description = "A reviewer's decision on one report revision.")
public record DecisionView(
        @Schema(format = "uuid", required = true) UUID id,
        @Schema(format = "uuid", required = true) UUID reportId,
        @Schema(required = true) VerificationStatus status,
        @Schema(maxLength = 2000) String rationale,
        @Schema(format = "uuid") UUID corroboratingReportId,
        @Schema(required = true, maxItems = 20) List<EvidenceView> evidence,
        @Schema(examples = "reviewer", maxLength = 64, required = true) String decidedBy,
        @Schema(required = true) Instant decidedAt) {

    public static DecisionView from(Decision d) {
        return new DecisionView(d.id, d.reportId, d.status, d.rationale, d.corroboratingReportId,
                d.evidence.stream().map(EvidenceView::from).toList(), d.decidedBy, d.decidedAt);
    }
}
