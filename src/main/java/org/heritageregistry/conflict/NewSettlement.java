package org.heritageregistry.conflict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's reason for letting a disagreement stand. */
@Schema(name = "NewSettlement", description = "Settles a conflict: the reviewer accepts that the reports disagree, and says why they stand as they are.")
public record NewSettlement(
        @NotBlank @Size(max = 2000) @Schema(description = "Why the disagreement is settled.", maxLength = 2000, required = true,
                examples = "Both accounts fit the video released in July 2015, which shows 25 captives: 'more than 20' is the less precise statement of the same number.") String rationale) {
}
