package org.heritageregistry.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as the API shows it: where it is, how far, and which rows failed. */
@Schema(name = "ImportJob", description = "A bulk import being loaded, or loaded: its state, its progress and the rows that failed, by line.")
public record ImportJobView(
        @Schema(format = "uuid", examples = "0b9c2f4e-6f1d-4c55-9d55-2f3f0f1c6a11", required = true) UUID id,
        @Schema(required = true) ImportState state,
        @Schema(required = true) ImportFormat format,
        @Schema(description = "Who sent the file; the rows are recorded as theirs.", examples = "curator", maxLength = 64, required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Rows in the file.", examples = "12", minimum = "0", maximum = "2147483647", required = true) int rows,
        @Schema(description = "Rows taken so far: created, skipped or failed.", examples = "12", minimum = "0", maximum = "2147483647", required = true) int rowsDone,
        @Schema(description = "Rows that added a record.", examples = "11", minimum = "0", maximum = "2147483647", required = true) int rowsCreated,
        @Schema(description = "Rows the registry already had (the same natural key, or a site or monument id already taken): they add nothing.",
                examples = "1", minimum = "0", maximum = "2147483647", required = true) int rowsSkipped,
        @Schema(description = "Rows refused when loaded (listed in failures).", examples = "0", minimum = "0", maximum = "2147483647", required = true) int rowsFailed,
        @Schema(description = "rowsDone / rows, from 0 to 1.", examples = "1.0", minimum = "0", maximum = "1", required = true) double progress,
        @Schema(description = "The failed rows, by line (the first " + ImportJobView.MAX_FAILURES + ").", maxItems = ImportJobView.MAX_FAILURES, required = true)
        List<RowError> failures) {

    public static final int MAX_FAILURES = 100;

    public static ImportJobView of(ImportJob job, List<RowError> failures) {
        return new ImportJobView(job.id, job.state, job.format, job.createdBy, job.createdAt, job.startedAt, job.finishedAt, job.totalRows, job.rowsDone(),
                job.rowsCreated, job.rowsSkipped, job.rowsFailed, job.totalRows == 0 ? 1.0 : (double) job.rowsDone() / job.totalRows, failures);
    }
}
