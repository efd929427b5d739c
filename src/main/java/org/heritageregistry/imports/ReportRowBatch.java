package org.heritageregistry.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.heritageregistry.report.NewReport;
import org.heritageregistry.report.ReportService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads a run of report rows set-based: their keys looked up in one statement, each cited source
 * resolved once, and the claims recorded together ({@link ReportService#recordAll}: a few
 * multi-row inserts per table and one derivation per monument), where {@link RowLoader} writes
 * row by row. What a row becomes is the same either way; a row the registry refuses fails the
 * call, and the loader then loads the rows one at a time to tell which.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ReportRowBatch {

    /** What a run of rows did: created and skipped (their key known, or the same row earlier in the run). */
    record Counts(int created, int skipped) {
    }

    private final RowRecords records;
    private final ReportService reports;
    private final SourceReferences references;
    private final ImportKeys keys;

    ReportRowBatch(ObjectMapper json, Validator validator, ReportService reports, SourceReferences references, ImportKeys keys) {
        this.records = new RowRecords(json, validator);
        this.reports = reports;
        this.references = references;
        this.keys = keys;
    }

    Counts load(List<ImportRowRecord> rows, String by, UUID job, Instant at) {
        Map<String, ImportRowRecord> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.putIfAbsent(RowKeys.of(row), row));
        Set<String> known = keys.known(byKey.keySet());
        Map<Citation, UUID> cited = new HashMap<>();
        List<ReportService.Submission> submissions = new ArrayList<>();
        Map<String, String> created = new LinkedHashMap<>();
        for (Map.Entry<String, ImportRowRecord> entry : byKey.entrySet()) {
            if (known.contains(entry.getKey())) {
                continue;
            }
            ImportRowRecord row = entry.getValue();
            UUID source = cited.computeIfAbsent(new Citation(row.source(), row.sourceName()), c -> references.require(c.reference(), c.name(), "source"));
            UUID relay = row.relayedBy() == null && row.relayedByName() == null ? null
                    : cited.computeIfAbsent(new Citation(row.relayedBy(), row.relayedByName()), c -> references.require(c.reference(), c.name(), "relayedBy"));
            UUID id = UUID.randomUUID();
            submissions.add(new ReportService.Submission(id, (NewReport) records.require(row, source, relay)));
            created.put(entry.getKey(), id.toString());
        }
        reports.recordAll(submissions, by, at);
        keys.rememberAll(created, job, at);
        return new Counts(created.size(), rows.size() - created.size());
    }

    /** A row's citation of a source, by reference or by name: rows citing the same one resolve it once. */
    private record Citation(String reference, String name) {
    }
}
