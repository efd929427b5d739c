package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.report.ClaimSummary;

@Schema(name = "Conflict", description = "Two reports on one monument that disagree. Resolved once a reviewer disputes or rejects one of them, or one is superseded by a correction.")
public record ConflictView(
        @Schema(format = "uuid", required = true) UUID id,
        @Schema(examples = "temple-of-baalshamin", maxLength = 80, required = true) String monumentId,
        @Schema(required = true) ConflictKind kind,
        @Schema(description = "What disagrees.", examples = "The same change (SEVERELY_DAMAGED) dated incompatibly: 2015-07-24~ against 2015-08-23, 23 days apart", maxLength = 1000, required = true) String description,
        @Schema(description = "The two reports.", minItems = 2, maxItems = 2, required = true) List<ClaimSummary> reports,
        @Schema(required = true) boolean resolved,
        @Schema(required = true) Instant detectedAt,
        Instant resolvedAt) {
}
