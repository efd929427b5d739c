package org.heritageregistry.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an import file row by row, so that a file of any length is checked and stored without
 * being held in memory. NDJSON: one object per line, {@code {"type":"report","id":"...","data":{...}}}.
 * CSV: reports, with the columns of the registry's own CSV export, so that one registry's export
 * loads into another; the columns the registry computes (status, lineage, submission) are read
 * and ignored, a column it does not know is an error.
 */
final class ImportFile {

    /** The longest row taken; a longer one is refused by line rather than read whole. */
    static final int MAX_ROW_CHARS = 65_536;

    private static final Set<String> ROW_FIELDS = Set.of("type", "id", "source", "relayedBy", "data");

    /** CSV columns that become fields of the report, as named in the CSV export. */
    private static final List<String> CSV_TEXT = List.of("monumentId", "siteId", "incidentKind", "condition", "conditionWording", "extent", "affected",
            "eventDate", "publishedOn", "certainty", "certaintyWording", "summary");

    /** CSV export columns the registry computes or repeats: read, and not loaded. */
    private static final Set<String> CSV_IGNORED = Set.of("lineageId", "revision", "supersedes", "supersededBy", "eventEarliest", "eventLatest",
            "sourceKind", "sourceConfidential", "status", "evidenceKinds", "submittedBy", "submittedAt", "url");

    private static final Set<String> CSV_OTHER = Set.of("id", "countValue", "countQualifier", "countOf", "controlledBy", "controlExtent", "causes",
            "sourceId", "sourceName", "relayedById", "relayedByName");

    /** What {@code Csv.text} puts before a cell that a spreadsheet would run as a formula; taken off again here. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    interface RowSink {
        void row(ImportRowRecord row);

        void error(RowError error);
    }

    private ImportFile() {
    }

    static void read(ImportFormat format, InputStream body, ObjectMapper json, RowSink sink) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            if (format == ImportFormat.CSV) {
                readCsv(reader, json, sink);
            } else {
                readNdjson(new BufferedReader(reader, 1 << 16), json, sink);
            }
        } catch (CharacterCodingException e) {
            sink.error(new RowError(1, null, "the file is not UTF-8 text"));
        }
    }

    private static void readNdjson(BufferedReader reader, ObjectMapper json, RowSink sink) throws IOException {
        int line = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            if (text.length() > MAX_ROW_CHARS) {
                sink.error(new RowError(line, null, "the row is longer than " + MAX_ROW_CHARS + " characters"));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                sink.error(new RowError(line, null, "not a JSON object: " + e.getOriginalMessage()));
                continue;
            }
            ImportRowRecord row = ndjsonRow(line, node, sink);
            if (row != null) {
                sink.row(row);
            }
        }
    }

    private static ImportRowRecord ndjsonRow(int line, JsonNode node, RowSink sink) {
        if (node == null || !node.isObject()) {
            sink.error(new RowError(line, null, "not a JSON object"));
            return null;
        }
        boolean ok = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ROW_FIELDS.contains(name)) {
                sink.error(new RowError(line, name, "is not a field of an import row (type, id, source, relayedBy, data)"));
                ok = false;
            }
        }
        RowType type = node.get("type") != null && node.get("type").isTextual() ? RowType.of(node.get("type").asText()) : null;
        if (type == null) {
            sink.error(new RowError(line, "type", "must be one of site, monument, source, report"));
            ok = false;
        }
        for (String field : List.of("id", "source", "relayedBy")) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && (!value.isTextual() || value.asText().isBlank() || value.asText().length() > 200
                    || value.asText().chars().anyMatch(Character::isISOControl))) {
                sink.error(new RowError(line, field, "must be a text of 1 to 200 characters, without control characters"));
                ok = false;
            }
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            sink.error(new RowError(line, "data", "must be an object: the record, as its API create operation takes it"));
            ok = false;
        }
        return ok ? new ImportRowRecord(line, type, text(node, "id"), text(node, "source"), null, text(node, "relayedBy"), null, data) : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText().strip();
    }

    private static void readCsv(Reader reader, ObjectMapper json, RowSink sink) throws IOException {
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        var it = csv.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(reader);
        CsvSchema header = null;
        boolean headerChecked = false;
        while (true) {
            Map<String, String> cells;
            int line;
            try {
                if (!it.hasNextValue()) {
                    break;
                }
                cells = it.nextValue();
                line = it.getCurrentLocation().getLineNr();
            } catch (RuntimeException | IOException e) {
                int at = it.getCurrentLocation() == null ? 1 : it.getCurrentLocation().getLineNr();
                sink.error(new RowError(Math.max(1, at), null, "not a CSV row: " + firstLine(e.getMessage())));
                return;
            }
            if (!headerChecked) {
                headerChecked = true;
                header = (CsvSchema) it.getParserSchema();
                boolean known = true;
                for (CsvSchema.Column column : header) {
                    String name = column.getName();
                    if (!CSV_TEXT.contains(name) && !CSV_IGNORED.contains(name) && !CSV_OTHER.contains(name)) {
                        sink.error(new RowError(1, name, "is not a column of the report CSV (see GET /api/v1/reports with Accept: text/csv)"));
                        known = false;
                    }
                }
                if (!known) {
                    return;
                }
            }
            sink.row(csvRow(line, cells, json));
        }
    }

    private static ImportRowRecord csvRow(int line, Map<String, String> cells, ObjectMapper json) {
        ObjectNode data = json.createObjectNode();
        for (String column : CSV_TEXT) {
            String value = cell(cells, column);
            if (value != null) {
                data.put(column, value);
            }
        }
        String countValue = cell(cells, "countValue");
        if (countValue != null || cell(cells, "countQualifier") != null || cell(cells, "countOf") != null) {
            ObjectNode count = data.putObject("count");
            if (countValue != null) {
                try {
                    count.put("value", Integer.parseInt(countValue));
                } catch (NumberFormatException e) {
                    count.put("value", countValue); // the report's validation names it
                }
            }
            putIfPresent(count, "qualifier", cell(cells, "countQualifier"));
            putIfPresent(count, "of", cell(cells, "countOf"));
        }
        if (cell(cells, "controlledBy") != null || cell(cells, "controlExtent") != null) {
            ObjectNode control = data.putObject("control");
            putIfPresent(control, "by", cell(cells, "controlledBy"));
            putIfPresent(control, "extent", cell(cells, "controlExtent"));
        }
        String causes = cell(cells, "causes");
        if (causes != null) {
            var array = data.putArray("causes");
            for (String cause : causes.split(";")) {
                if (!cause.isBlank()) {
                    array.add(cause.strip());
                }
            }
        }
        return new ImportRowRecord(line, RowType.REPORT, cell(cells, "id"), cell(cells, "sourceId"), cell(cells, "sourceName"),
                cell(cells, "relayedById"), cell(cells, "relayedByName"), data);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
