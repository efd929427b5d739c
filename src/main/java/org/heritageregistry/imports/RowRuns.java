package org.heritageregistry.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch's rows in line order as the loader writes them: consecutive report rows as one run,
 * recorded together ({@link ReportRowBatch}), and every other row as a run of its own
 * ({@link RowLoader}), since a report may cite the source or monument a row just before it adds.
 */
final class RowRuns {

    private RowRuns() {
    }

    static List<List<ImportRowRecord>> of(List<ImportRowRecord> rows) {
        List<List<ImportRowRecord>> runs = new ArrayList<>();
        List<ImportRowRecord> reports = null;
        for (ImportRowRecord row : rows) {
            if (row.type() != RowType.REPORT) {
                runs.add(List.of(row));
                reports = null;
            } else if (reports == null) {
                reports = new ArrayList<>(List.of(row));
                runs.add(reports);
            } else {
                reports.add(row);
            }
        }
        return runs;
    }
}
