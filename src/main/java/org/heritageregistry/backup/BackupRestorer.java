package org.heritageregistry.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.MonumentChangeSignal;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Restores an export into a registry that holds no data yet (accounts aside: the admin who runs
 * the import has one). All of it lands in one transaction or none of it does. Rows are written
 * with their ids, versions and timestamps as exported, so the restored registry answers exactly
 * as the old one did. Accounts come without passwords: an imported account cannot sign in until
 * it is given one (the bootstrap admin gets REGISTRY_BOOTSTRAP_ADMIN_PASSWORD at the next start).
 */
@ApplicationScoped
public class BackupRestorer {

    /** Stored for imported accounts: not a bcrypt hash, so no password ever matches it. */
    public static final String NO_PASSWORD = "!imported";

    private static final Logger LOG = Logger.getLogger(BackupRestorer.class);
    private static final int MAX_LINE_CHARS = 1_000_000;
    private static final int BATCH = 500;
    private static final String PROBLEM = "/problems/invalid-export";

    private final DataSource dataSource;
    private final MonumentChangeSignal changes;
    private final ObjectMapper json = new ObjectMapper();

    BackupRestorer(DataSource dataSource, MonumentChangeSignal changes) {
        this.dataSource = dataSource;
        this.changes = changes;
    }

    public record Result(Map<String, Long> imported, List<String> accountsKept) {
    }

    @Transactional
    public Result restore(InputStream body, String actor) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            requireEmpty(connection);
            // rows are written with their versions as exported, behind the entities' back
            changes.changingEverything();
            Result result = new Session(connection).run(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
            LOG.infof("%s imported an export: %s; existing accounts kept: %s", actor, result.imported(), result.accountsKept());
            return result;
        } catch (SQLException e) {
            // a row the database refuses (a broken reference, a duplicate id) is the file's fault
            throw new ProblemException(422, PROBLEM, "Export cannot be restored", "the database refused a row: " + firstLine(e.getMessage()), null);
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        for (RegistryTables.Table table : RegistryTables.EXPORTED) {
            if (table == RegistryTables.ACCOUNT) {
                continue;
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select count(*) from " + table.name())) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw ProblemException.conflict("/problems/registry-not-empty",
                            "an export can only be restored into a registry with no data: table " + table.name() + " has " + rows.getLong(1)
                                    + " rows (start the new instance with REGISTRY_SEED_ENABLED=false)");
                }
            }
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /** One import: the open batches, the deferred links, the counts. */
    private final class Session {
        private final Connection connection;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<String> accountsKept = new ArrayList<>();
        private final Map<String, TableWriter> writers = new HashMap<>();
        private final List<Object[]> deferred = new ArrayList<>();
        private int lineNumber;
        private int tableIndex = -1;

        Session(Connection connection) {
            this.connection = connection;
        }

        Result run(BufferedReader lines) throws IOException, SQLException {
            try {
                return read(lines);
            } finally {
                for (TableWriter writer : writers.values()) {
                    writer.close();
                }
            }
        }

        private Result read(BufferedReader lines) throws IOException, SQLException {
            JsonNode header = next(lines);
            if (header == null) {
                throw invalid("the body is empty");
            }
            checkHeader(header);
            JsonNode line;
            while ((line = next(lines)) != null) {
                if (line.has("end")) {
                    finish(line.get("end"));
                    if (next(lines) != null) {
                        throw invalid("line " + lineNumber + ": nothing may follow the trailer");
                    }
                    return new Result(counts, accountsKept);
                }
                row(line);
            }
            throw invalid("the file ends at line " + lineNumber + " without its trailer: it was cut short");
        }

        private JsonNode next(BufferedReader lines) throws IOException {
            String text;
            do {
                text = lines.readLine();
                lineNumber++;
                if (text == null) {
                    return null;
                }
            } while (text.isBlank());
            if (text.length() > MAX_LINE_CHARS) {
                throw invalid("line " + lineNumber + " is longer than " + MAX_LINE_CHARS + " characters");
            }
            try {
                JsonNode node = json.readTree(text);
                if (node == null || !node.isObject()) {
                    throw invalid("line " + lineNumber + " is not a JSON object");
                }
                return node;
            } catch (JsonProcessingException e) {
                throw invalid("line " + lineNumber + " is not JSON: " + e.getOriginalMessage());
            }
        }

        private void checkHeader(JsonNode header) throws SQLException {
            if (!BackupWriter.FORMAT.equals(header.path("format").asText()) || header.path("formatVersion").asInt() != BackupWriter.FORMAT_VERSION) {
                throw invalid("line 1 is not the header of a registry export (format " + BackupWriter.FORMAT + ", formatVersion " + BackupWriter.FORMAT_VERSION + ")");
            }
            String version = header.path("schemaVersion").asText();
            String current = SchemaVersion.of(connection);
            if (!version.equals(current)) {
                throw new ProblemException(422, "/problems/schema-version-mismatch", "Export is from another schema version",
                        "the export was written at schema version " + version + ", this registry is at " + current
                                + ": restore it with the release that wrote it, then upgrade",
                        null);
            }
        }

        private void row(JsonNode line) throws SQLException {
            String tableName = line.path("table").asText();
            RegistryTables.Table table = RegistryTables.named(tableName);
            if (table == null) {
                throw invalid("line " + lineNumber + ": unknown table '" + abbreviate(tableName) + "'");
            }
            int index = RegistryTables.EXPORTED.indexOf(table);
            if (index < tableIndex) {
                throw invalid("line " + lineNumber + ": " + tableName + " rows must come before " + RegistryTables.EXPORTED.get(tableIndex).name() + " rows");
            }
            if (index > tableIndex) {
                flushAll();
                tableIndex = index;
            }
            JsonNode row = line.get("row");
            if (row == null || !row.isObject()) {
                throw invalid("line " + lineNumber + ": no row object");
            }
            counts.merge(tableName, 1L, Long::sum);
            if (table == RegistryTables.ACCOUNT && accountExists(row.path("username").asText())) {
                accountsKept.add(row.path("username").asText());
                return;
            }
            writers.computeIfAbsent(tableName, n -> new TableWriter(connection, table)).add(row, lineNumber, deferred);
        }

        private boolean accountExists(String username) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("select count(*) from account where username = ?")) {
                query.setString(1, username);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) > 0;
                }
            }
        }

        private void flushAll() throws SQLException {
            for (TableWriter writer : writers.values()) {
                writer.flush();
            }
        }

        private void finish(JsonNode trailer) throws SQLException {
            flushAll();
            JsonNode expected = trailer.path("counts");
            for (RegistryTables.Table table : RegistryTables.EXPORTED) {
                long want = expected.path(table.name()).asLong(-1);
                long got = counts.getOrDefault(table.name(), 0L);
                if (want != got) {
                    throw invalid("the trailer counts " + want + " " + table.name() + " rows but the file holds " + got + ": it was altered or cut");
                }
            }
            for (Object[] link : deferred) {
                try (PreparedStatement update = connection.prepareStatement("update " + link[0] + " set " + link[1] + " = ? where id = ?")) {
                    update.setObject(1, java.util.UUID.fromString((String) link[2]));
                    update.setObject(2, java.util.UUID.fromString((String) link[3]));
                    update.executeUpdate();
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update seed_state set loaded = true");
                for (String table : RegistryTables.IDENTITY_TABLES) {
                    long next;
                    try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        rows.next();
                        next = rows.getLong(1);
                    }
                    // DDL last: H2 commits on DDL, and by now every row is written
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        }

        private ProblemException invalid(String detail) {
            return new ProblemException(400, PROBLEM, "Not a valid registry export", detail, null);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Batched inserts into one table, bound by the column types the database reports. */
    private static final class TableWriter {
        private final Connection connection;
        private final RegistryTables.Table table;
        private final Map<String, ColumnCodec.Kind> columns = new LinkedHashMap<>();
        private final List<String> inserted = new ArrayList<>();
        private PreparedStatement insert;
        private int pending;

        TableWriter(Connection connection, RegistryTables.Table table) {
            this.connection = connection;
            this.table = table;
            try (Statement statement = connection.createStatement(); ResultSet empty = statement.executeQuery("select * from " + table.name() + " where 1 = 0")) {
                ResultSetMetaData meta = empty.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (table.exports(name)) {
                        columns.put(name, ColumnCodec.kindOf(meta.getColumnType(i), meta.getColumnTypeName(i), table.name() + "." + name));
                    }
                }
                inserted.addAll(columns.keySet());
                if (table == RegistryTables.ACCOUNT) {
                    inserted.add("password_hash");
                }
                String marks = String.join(", ", inserted.stream().map(c -> "?").toList());
                insert = connection.prepareStatement("insert into " + table.name() + " (" + String.join(", ", inserted) + ") values (" + marks + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the import of " + table.name(), e);
            }
        }

        void add(JsonNode row, int lineNumber, List<Object[]> deferred) throws SQLException {
            for (Iterator<String> names = row.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!columns.containsKey(name)) {
                    throw new ProblemException(400, PROBLEM, "Not a valid registry export", "line " + lineNumber + ": " + table.name() + " has no column '" + abbreviate(name) + "'", null);
                }
            }
            int index = 1;
            for (Map.Entry<String, ColumnCodec.Kind> column : columns.entrySet()) {
                JsonNode value = row.get(column.getKey());
                if (table.deferredColumns().contains(column.getKey()) && value != null && !value.isNull()) {
                    deferred.add(new Object[] { table.name(), column.getKey(), value.asText(), row.path("id").asText() });
                    value = null;
                }
                try {
                    ColumnCodec.bind(insert, index++, column.getValue(), value);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    throw new ProblemException(400, PROBLEM, "Not a valid registry export", "line " + lineNumber + ": " + table.name() + "." + column.getKey() + ": " + e.getMessage(), null);
                }
            }
            if (table == RegistryTables.ACCOUNT) {
                insert.setString(index, NO_PASSWORD);
            }
            insert.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        void close() throws SQLException {
            insert.close();
        }
    }
}
