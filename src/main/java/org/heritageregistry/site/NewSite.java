package org.heritageregistry.site;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A curator's request to add a site, and (merged with a patch) the record a site edit must still
 * be. The boundary is checked by {@link SiteBoundary}, which names the offending member.
 */
@Schema(name = "NewSite", description = "A heritage place to add.")
public record NewSite(
        @NotBlank @Size(max = 80) @Pattern(regexp = ID_PATTERN, message = "must be a lowercase slug such as palmyra")
        @Schema(description = "Stable slug, chosen by the client; it never changes.", examples = "palmyra", maxLength = 80, pattern = "^" + ID_PATTERN + "$", required = true) String id,
        @NotBlank @Size(max = 200) @Schema(examples = "Palmyra", maxLength = 200, required = true) String name,
        @Size(max = 20) @Schema(description = "Names in other languages and scripts (Arabic تدمر, the transliteration Tadmur...).", maxItems = 20) List<@Valid @NotNull LocalizedName> names,
        @NotNull @Pattern(regexp = COUNTRY_PATTERN, message = "must be an ISO 3166-1 alpha-2 country code such as SY")
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "SY", minLength = 2, maxLength = 2, pattern = "^" + COUNTRY_PATTERN + "$", required = true) String country,
        @Valid GeoPoint location,
        @Schema(ref = "SiteBoundary") JsonNode boundary,
        @Size(max = 20) @Pattern(regexp = WIKIDATA_PATTERN, message = "must be a Wikidata item id such as Q5747")
        @Schema(description = "Wikidata item id.", examples = "Q5747", maxLength = 20, pattern = "^" + WIKIDATA_PATTERN + "$") String wikidata,
        @Size(max = 20) @Pattern(regexp = PLEIADES_PATTERN, message = "must be a Pleiades place id (digits) such as 668331")
        @Schema(description = "Pleiades place id.", examples = "668331", maxLength = 20, pattern = "^" + PLEIADES_PATTERN + "$") String pleiades,
        @Size(max = 20) @Pattern(regexp = UNESCO_PATTERN, message = "must be a UNESCO World Heritage List id such as 23 or 277rev")
        @Schema(description = "UNESCO World Heritage List id.", examples = "23", maxLength = 20, pattern = "^" + UNESCO_PATTERN + "$") String unescoId,
        @Schema(description = "Day the site was inscribed on the List of World Heritage in Danger.", examples = "2013-06-20", format = "date") LocalDate inDangerSince,
        @Size(max = 2000) @Schema(maxLength = 2000) String description) {

    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String COUNTRY_PATTERN = "[A-Z]{2}";
    public static final String WIKIDATA_PATTERN = "Q[1-9][0-9]*";
    public static final String PLEIADES_PATTERN = "[1-9][0-9]*";
    public static final String UNESCO_PATTERN = "[1-9][0-9]{0,4}(bis|ter|rev)?";
}
