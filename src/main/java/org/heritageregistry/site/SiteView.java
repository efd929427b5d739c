package org.heritageregistry.site;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "Site", description = "A heritage place.")
public record SiteView(
        @Schema(examples = "palmyra", maxLength = 80, required = true) String id,
        @Schema(examples = "Palmyra", maxLength = 200, required = true) String name,
        @Schema(description = "Alternate names in other languages and scripts.", maxItems = 20) List<LocalizedName> names,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "SY", maxLength = 2, required = true) String country,
        @Schema(description = "UNESCO World Heritage List id.", examples = "23", maxLength = 20) String unescoId,
        @Schema(description = "Wikidata item id.", examples = "Q5747", maxLength = 20) String wikidata,
        @Schema(description = "Pleiades place id.", examples = "668331", maxLength = 20) String pleiades,
        GeoPoint location,
        @Schema(ref = "SiteBoundary", description = "The site's boundary, a GeoJSON Polygon or MultiPolygon; absent when none is recorded.")
        @JsonRawValue String boundary,
        @Schema(description = "Day the site was inscribed on the List of World Heritage in Danger.", examples = "2013-06-20", format = "date") LocalDate inDangerSince,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true) boolean retired) {

    public static SiteView from(Site site) {
        return new SiteView(site.id, site.name, List.copyOf(site.names), site.country, site.unescoId, site.wikidata, site.pleiades,
                GeoPoint.of(site.latitude, site.longitude), site.boundary, site.inDangerSince, site.description, site.retired);
    }
}
