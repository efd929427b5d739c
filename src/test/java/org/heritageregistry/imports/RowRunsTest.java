package org.heritageregistry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** How the loader splits a batch: consecutive report rows together, every other row alone, in line order. */
class RowRunsTest {

    @Test
    void consecutiveReportRowsFormOneRunAndEveryOtherRowIsARunOfItsOwn() {
        List<ImportRowRecord> rows = rows(RowType.SITE, RowType.MONUMENT, RowType.REPORT, RowType.REPORT, RowType.SOURCE, RowType.SOURCE,
                RowType.REPORT, RowType.MONUMENT, RowType.REPORT, RowType.REPORT, RowType.REPORT);
        assertEquals(List.of(List.of(1), List.of(2), List.of(3, 4), List.of(5), List.of(6), List.of(7), List.of(8), List.of(9, 10, 11)), lines(RowRuns.of(rows)));
    }

    @Test
    void aBatchOfReportRowsIsOneRunAndAnEmptyBatchNone() {
        assertEquals(List.of(List.of(1, 2, 3)), lines(RowRuns.of(rows(RowType.REPORT, RowType.REPORT, RowType.REPORT))));
        assertEquals(List.of(), RowRuns.of(List.of()));
    }

    /** Rows of these types at lines 1, 2, 3... */
    private static List<ImportRowRecord> rows(RowType... types) {
        return IntStream.range(0, types.length).mapToObj(i -> new ImportRowRecord(i + 1, types[i], null, null, null, null, null, null)).toList();
    }

    private static List<List<Integer>> lines(List<List<ImportRowRecord>> runs) {
        return runs.stream().map(run -> run.stream().map(ImportRowRecord::line).toList()).toList();
    }
}
