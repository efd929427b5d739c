package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.report.ClaimSummary;

@Schema(name = "Conflict", description = "One disagreement: the current reports about one monument (or one whole site) that disagree about one thing, "
        + "each with at least one other of them, for overlapping event dates (or, for DATE, about when the same change happened).")
public record ConflictView(
        @Schema(format = "uuid", required = true) UUID id,
        @Schema(examples = "palmyra", maxLength = 80, required = true) String siteId,
        @Schema(description = "The monument; absent for a conflict between claims about the whole site.", examples = "roman-theatre", maxLength = 80) String monumentId,
        @Schema(required = true) ConflictKind kind,
        @Schema(required = true) ConflictState state,
        @Schema(description = "Deprecated (use state): true unless the conflict is OPEN.", deprecated = true, required = true) boolean resolved,
        @Schema(description = "What disagrees.", examples = "Different numbers for MISUSE: 25 Syrian soldiers killed against more than 20 captured Syrian army soldiers executed (both can be true: the statements differ in precision)",
                maxLength = 1000, required = true) String description,
        @Schema(description = "The reports, each in its current revision, oldest event first.", minItems = 2, maxItems = 1000, required = true) List<ClaimSummary> reports,
        @Schema(required = true) Instant detectedAt,
        @Schema(description = "When it was settled or resolved; absent while open.") Instant closedAt,
        @Schema(description = "Deprecated (use closedAt): the same instant.", deprecated = true) Instant resolvedAt,
        @Schema(description = "The reviewer's settlement; present while SETTLED.") Settlement settlement) {

    @Schema(name = "Settlement", description = "A reviewer's acceptance of a disagreement, with the reason.")
    public record Settlement(
            @Schema(examples = "reviewer", maxLength = 64, required = true) String settledBy,
            @Schema(required = true) Instant settledAt,
            @Schema(maxLength = 2000, required = true) String rationale) {
    }
}
