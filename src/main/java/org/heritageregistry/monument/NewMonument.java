package org.heritageregistry.monument;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;

/** An admin's request to add a monument to a site. */
@Schema(name = "NewMonument", description = "A monument to add to a site.")
public record NewMonument(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lowercase slug such as temple-of-bel")
        @Schema(description = "Stable slug.", examples = "temple-of-nabu", maxLength = 80, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", required = true) String id,
        @NotBlank @Size(max = 80) @Schema(examples = "palmyra", maxLength = 80, required = true) String siteId,
        @NotBlank @Size(max = 200) @Schema(examples = "Temple of Nabu", maxLength = 200, required = true) String name,
        @NotNull @Schema(required = true) MonumentCategory category,
        @Size(max = 200) @Schema(examples = "Roman; late 1st century BC to 2nd century AD", maxLength = 200) String period,
        @Valid GeoPoint location,
        @Schema(description = "How sure the location is: EAMENA's site location certainty. DEFINITE or HIGH for a surveyed or published point; LOW or NEGLIGIBLE for a point placed from a description (locationBasis says how). Absent without a location.", examples = "HIGH") Certainty locationCertainty,
        @Size(max = 500) @Schema(description = "Where the location comes from, or how it was placed. Absent without a location.", examples = "Wikidata/Pleiades point, the same as the Wikipedia infobox (reference/monuments.md section 1)", maxLength = 500) String locationBasis,
        @Size(max = 20) @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q797481") @Schema(examples = "Q3427398", maxLength = 20, pattern = "^Q[1-9][0-9]*$") String wikidata,
        @Size(max = 20) @Pattern(regexp = "[1-9][0-9]*", message = "must be a Pleiades place id (digits)") @Schema(examples = "35794949", maxLength = 20, pattern = "^[1-9][0-9]*$") String pleiades,
        @Size(max = 2000) @Schema(maxLength = 2000) String description,
        @Size(max = 20) @Schema(maxItems = 20) List<@Valid @NotNull LocalizedName> names) {
}
