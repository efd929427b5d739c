package org.heritageregistry.vocabulary;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An EDTF date as stated, with the bounds the registry derived from it. */
@Schema(name = "EdtfDate", description = "An EDTF (ISO 8601-2) date as stated, with the day bounds derived from it; an absent bound is open, or unknown where the interval end was left empty.")
public record EdtfView(
        @Schema(description = "EDTF expression, as sent: an open end (..) and an unknown end (left empty) stay apart here, though both leave a bound absent.", examples = "2015-08-23", maxLength = 64, required = true) String edtf,
        @Schema(description = "Earliest day the expression allows; absent for an open or unknown start.", examples = "2015-08-23", format = "date") LocalDate earliest,
        @Schema(description = "Latest day the expression allows; absent for an open or unknown end.", examples = "2015-08-23", format = "date") LocalDate latest) {

    public static EdtfView from(EdtfDate date) {
        return date == null ? null : new EdtfView(date.edtf, date.earliest, date.latest);
    }
}
