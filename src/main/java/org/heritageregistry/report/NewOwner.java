package org.heritageregistry.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's reassignment of a claim to another curator. */
@Schema(name = "NewOwner", description = "The curator who becomes responsible for a claim.")
public record NewOwner(@NotBlank @Size(max = 64) @Schema(examples = "curator2", maxLength = 64, required = true) String curator) {
}
