package org.heritageregistry.monument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's request to retire a monument, with the reason the record keeps. */
@Schema(name = "NewRetirement", description = "Why a monument is retired: it stays readable with its reports but takes no new ones.")
public record NewRetirement(
        @NotBlank @Size(max = 500) @Schema(examples = "Recorded twice: merged into the Great Colonnade record", maxLength = 500, required = true) String reason) {
}
