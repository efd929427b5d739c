package org.heritageregistry.dossier;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;

/** A monument with what is established about it beside what is being said. */
@Schema(name = "Monument", description = "A monument with its current (established) condition beside the latest claim of any status.")
public record MonumentView(
        @Schema(examples = "temple-of-bel", maxLength = 80, required = true) String id,
        @Schema(examples = "palmyra", maxLength = 80, required = true) String siteId,
        @Schema(examples = "Temple of Bel", maxLength = 200, required = true) String name,
        @Schema(required = true, maxItems = 20) List<LocalizedName> names,
        @Schema(required = true) MonumentCategory category,
        @Schema(examples = "Roman; dedicated AD 32", maxLength = 200) String period,
        @Schema(maxLength = 2000) String description,
        GeoPoint location,
        @Schema(description = "How sure the location is: EAMENA's site location certainty. HIGH for a published point; LOW for one placed from a description (locationBasis says how).", examples = "HIGH") Certainty locationCertainty,
        @Schema(description = "Where the location comes from, or how it was placed.", examples = "Wikidata/Pleiades point, the same as the Wikipedia infobox (reference/monuments.md section 1)", maxLength = 500) String locationBasis,
        @Schema(description = "Wikidata item id.", examples = "Q797481", maxLength = 20) String wikidata,
        @Schema(description = "Pleiades place id.", examples = "35794949", maxLength = 20) String pleiades,
        @Schema(required = true) boolean retired,
        @Schema(description = "What is established: the condition of the latest (by event date) VERIFIED or CORROBORATED report; UNKNOWN when none.", required = true) Condition currentCondition,
        @Schema(description = "The report the current condition comes from; absent when nothing is established.") ClaimSummary establishedBy,
        @Schema(description = "True while another VERIFIED or CORROBORATED report claims a different condition for overlapping event dates and no reviewer has settled "
                + "their conflict: the current condition is then the latest by event date, and contestedBy lists the claims against it.", required = true) boolean conditionContested,
        @Schema(description = "The established claims that contest the current condition; empty unless conditionContested.", required = true, maxItems = 1000) List<ClaimSummary> contestedBy,
        @Schema(description = "What is being said: the latest claim by event date, of any review status.") ClaimSummary latestClaim,
        @Schema(description = "Present on an asOf answer: it reflects the reports and decisions recorded before this instant.", examples = "2015-09-02T00:00:00Z") Instant recordedBefore) {

    public static MonumentView of(Monument m, ClaimSummary establishedBy, List<ClaimSummary> contestedBy, ClaimSummary latestClaim) {
        return asRecorded(m, m.currentCondition, establishedBy, contestedBy, latestClaim, null);
    }

    /** The monument with the condition and claims the registry held before an instant (its description is today's). */
    public static MonumentView asRecorded(Monument m, Condition condition, ClaimSummary establishedBy, List<ClaimSummary> contestedBy, ClaimSummary latestClaim,
            Instant recordedBefore) {
        return new MonumentView(m.id, m.siteId, m.name, List.copyOf(m.names), m.category, m.period, m.description,
                GeoPoint.of(m.latitude, m.longitude), m.locationCertainty, m.locationBasis, m.wikidata, m.pleiades, m.retired, condition, establishedBy, !contestedBy.isEmpty(), contestedBy,
                latestClaim, recordedBefore);
    }
}
