package org.heritageregistry.review;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.vocabulary.VerificationStatus;

/** A reviewer's decision on a report. */
@Schema(name = "NewDecision", description = "A review decision. VERIFIED needs strong evidence (on the report or here); CORROBORATED names an agreeing report from another source; DISPUTED, REJECTED and UNVERIFIED need a rationale.")
public record NewDecision(
        @NotNull @Schema(required = true) VerificationStatus status,
        @Size(max = 2000) @Schema(examples = "UNOSAT imagery of 31 August 2015 shows the cella and a row of columns destroyed.", maxLength = 2000) String rationale,
        @Schema(format = "uuid", description = "For CORROBORATED: the report, from another source, that agrees.") UUID corroboratingReportId,
        @Size(max = 20) @Schema(maxItems = 20) List<@Valid @NotNull EvidenceView> evidence) {
}
