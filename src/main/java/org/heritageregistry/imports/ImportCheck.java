package org.heritageregistry.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a dry run found: the file's rows by kind, and every row's errors by line. Nothing was changed. */
@Schema(name = "ImportCheck", description = "The result of a dry run (dryRun=true): the rows read by kind and every invalid row with its line. Nothing was changed.")
public record ImportCheck(
        @Schema(description = "Whether the file would be accepted as it is.", required = true) boolean valid,
        @Schema(description = "Rows read (blank lines aside).", examples = "12", minimum = "0", maximum = "2147483647", required = true) int rows,
        @Schema(description = "Site rows.", examples = "1", minimum = "0", maximum = "2147483647", required = true) int sites,
        @Schema(description = "Monument rows.", examples = "3", minimum = "0", maximum = "2147483647", required = true) int monuments,
        @Schema(description = "Source rows.", examples = "3", minimum = "0", maximum = "2147483647", required = true) int sources,
        @Schema(description = "Report rows.", examples = "5", minimum = "0", maximum = "2147483647", required = true) int reports,
        @Schema(description = "How many errors the file has; errors lists the first " + ImportCheck.MAX_LISTED + ".", examples = "0", minimum = "0", maximum = "2147483647",
                required = true) int errorCount,
        @Schema(description = "The errors, by line.", maxItems = ImportCheck.MAX_LISTED, required = true) List<RowError> errors) {

    public static final int MAX_LISTED = 1000;
}
