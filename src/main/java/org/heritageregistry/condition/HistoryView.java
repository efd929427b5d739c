package org.heritageregistry.condition;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;

/** A monument's condition over event time, each step traceable to the reports behind it. */
@Schema(name = "ConditionHistory", description = "What the registry holds as the monument's condition over event time (from VERIFIED and CORROBORATED reports), beside every current claim of any status, both in event-date order.")
public record HistoryView(
        @Schema(examples = "temple-of-bel", maxLength = 80, required = true) String monumentId,
        @Schema(required = true) Condition currentCondition,
        @Schema(description = "Established condition steps, oldest first.", required = true) List<Step> steps,
        @Schema(description = "Every current report revision, any status, oldest event first.", required = true) List<ClaimSummary> claims,
        @Schema(description = "Present on an asOf answer: it reflects the reports and decisions recorded before this instant.", examples = "2015-09-02T00:00:00Z") Instant recordedBefore) {

    @Schema(name = "ConditionStep", description = "A period in which established reports agree on one condition.")
    public record Step(
            @Schema(required = true) Condition condition,
            @Schema(description = "Event date of the first report of the step.", required = true) EdtfView from,
            @Schema(description = "Event date of the first report of the next step; absent for the current step.") EdtfView until,
            @Schema(description = "The VERIFIED or CORROBORATED reports behind this step.", required = true) List<ClaimSummary> reports) {
    }
}
