package org.heritageregistry.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one row of an import file cannot be loaded, by its line (the header is line 1 of a CSV file). */
@Schema(name = "ImportRowError", description = "One row of an import file that cannot be loaded, and why.")
public record RowError(
        @Schema(description = "Line of the file, from 1.", examples = "3", minimum = "1", maximum = "2147483647", required = true) int line,
        @Schema(description = "The field of the row, as the file names it; absent when the row as a whole is wrong.", examples = "data.eventDate", maxLength = 200) String field,
        @Schema(description = "What is wrong.", examples = "month 13 in '2015-13-01' is not a month", maxLength = 500, required = true) String message) {

    static final int MAX_MESSAGE = 500;

    public RowError {
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "…";
        }
        if (field != null && field.length() > 200) {
            field = field.substring(0, 199) + "…";
        }
    }
}
