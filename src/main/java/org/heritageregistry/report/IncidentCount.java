package org.heritageregistry.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.vocabulary.CountQualifier;

/** A number as the source stated it: "the killing of 25 Syrian soldiers", "more than 20 captured soldiers". */
@Schema(name = "IncidentCount", description = "A number the claim states, with the source's qualifier and what is counted.")
public record IncidentCount(
        @NotNull @Min(0) @Max(1_000_000) @Schema(examples = "25", minimum = "0", maximum = "1000000", required = true) Integer value,
        @NotNull @Schema(required = true) CountQualifier qualifier,
        @Size(max = 200) @Schema(description = "What is counted.", examples = "captured Syrian soldiers killed", maxLength = 200) String of) {

    /** Whether the two statements can both be true: their ranges of values meet. */
    public boolean compatibleWith(IncidentCount other) {
        return qualifier.lowest(value) <= other.qualifier.highest(other.value) && other.qualifier.lowest(other.value) <= qualifier.highest(value);
    }

    /** As a reader would say it: "25", "more than 20". */
    public String phrase() {
        String number = switch (qualifier) {
            case EXACTLY -> "";
            case ABOUT -> "about ";
            case AT_LEAST -> "at least ";
            case MORE_THAN -> "more than ";
            case AT_MOST -> "at most ";
            case FEWER_THAN -> "fewer than ";
        } + value;
        return of == null || of.isBlank() ? number : number + " " + of.strip();
    }
}
