package org.heritageregistry.export;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * RFC 4180 CSV through jackson-dataformat-csv: a header row, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break. The columns are the row record's components, in
 * the order its {@code @JsonPropertyOrder} gives.
 */
final class Csv {

    private static final CsvMapper MAPPER = new CsvMapper();

    /**
     * Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list:
     * = + - @, tab and carriage return). A researcher opening an export in Excel or LibreOffice
     * must never run a formula that a source's wording smuggled in.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    static <R> String write(Class<R> rowType, List<R> rows) {
        CsvSchema schema = MAPPER.schemaFor(rowType).withHeader().withLineSeparator("\r\n");
        try {
            String body = MAPPER.writer(schema).writeValueAsString(rows);
            // the generator writes the header with the first row; an empty page still names its columns
            return rows.isEmpty() ? header(schema) : body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CSV row could not be written", e);
        }
    }

    private static String header(CsvSchema schema) {
        StringBuilder out = new StringBuilder();
        schema.forEach(column -> out.append(out.isEmpty() ? "" : ",").append(column.getName()));
        return out.append("\r\n").toString();
    }

    /**
     * Free text as a cell: one that a spreadsheet would take for a formula gets a leading
     * apostrophe, which spreadsheets read as "this is text" and do not display. Numbers and
     * dates the registry writes itself are not text and are never prefixed.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String text(Object value) {
        return value == null ? null : text(value.toString());
    }
}
