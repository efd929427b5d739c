package org.heritageregistry.site;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's request to retire a site, with the reason the record keeps. */
@Schema(name = "SiteRetirement", description = "Why a site is retired: it stays readable with its monuments and reports but takes no new monuments.")
public record SiteRetirement(
        @NotBlank @Size(max = 500) @Schema(examples = "Recorded twice: merged into the Palmyra record", maxLength = 500, required = true) String reason) {
}
