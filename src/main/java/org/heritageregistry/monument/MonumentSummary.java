package org.heritageregistry.monument;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.MonumentCategory;

/** A monument in a list: enough to filter, map and link, without its claims. */
@Schema(name = "MonumentSummary", description = "A monument as listed.")
public record MonumentSummary(
        @Schema(examples = "temple-of-bel", maxLength = 80, required = true) String id,
        @Schema(examples = "palmyra", maxLength = 80, required = true) String siteId,
        @Schema(examples = "Temple of Bel", maxLength = 200, required = true) String name,
        @Schema(required = true) MonumentCategory category,
        GeoPoint location,
        @Schema(description = "How sure the location is (EAMENA's site location certainty).", examples = "HIGH") Certainty locationCertainty,
        @Schema(description = "Condition established by VERIFIED or CORROBORATED reports; UNKNOWN when none.", required = true) Condition currentCondition,
        @Schema(description = "True while another established report contests the current condition.", required = true) boolean conditionContested,
        @Schema(required = true) boolean retired) {

    public static MonumentSummary from(Monument m) {
        return new MonumentSummary(m.id, m.siteId, m.name, m.category, GeoPoint.of(m.latitude, m.longitude), m.locationCertainty, m.currentCondition, m.conditionContested, m.retired);
    }
}
