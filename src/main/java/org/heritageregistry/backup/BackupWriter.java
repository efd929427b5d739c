package org.heritageregistry.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.heritageregistry.feed.ChangeFeed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the whole registry as NDJSON: a header line, one line per row of every exported table
 * (parents first), and a trailer with the row counts, so an import can tell a truncated file. The
 * rows are read in one repeatable-read transaction: a consistent snapshot while writers go on.
 * Rows stream from the database with a fetch size, so a large registry is not held in memory.
 */
@ApplicationScoped
public class BackupWriter {

    static final String FORMAT = "heritage-registry-export";
    static final int FORMAT_VERSION = 1;

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    private final ChangeFeed feed;

    BackupWriter(DataSource dataSource, ChangeFeed feed) {
        this.dataSource = dataSource;
        this.feed = feed;
    }

    public void writeTo(OutputStream out) throws IOException {
        // number what has committed, so the export's feed is as complete as its data; what commits after this
        // travels as change_intake rows and is numbered on the restored registry
        feed.sequence();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                ObjectNode header = json.createObjectNode()
                        .put("format", FORMAT).put("formatVersion", FORMAT_VERSION)
                        .put("schemaVersion", SchemaVersion.of(connection)).put("exportedAt", Instant.now().toString());
                writeLine(out, header);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (RegistryTables.Table table : RegistryTables.EXPORTED) {
                    counts.put(table.name(), exportTable(connection, table, out));
                }
                ObjectNode trailer = json.createObjectNode();
                trailer.putPOJO("counts", counts);
                writeLine(out, json.createObjectNode().set("end", trailer));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export failed", e);
        }
        out.flush();
    }

    private long exportTable(Connection connection, RegistryTables.Table table, OutputStream out) throws SQLException, IOException {
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery("select * from " + table.name() + " order by " + table.orderBy())) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                String[] names = new String[columns + 1];
                ColumnCodec.Kind[] kinds = new ColumnCodec.Kind[columns + 1];
                for (int i = 1; i <= columns; i++) {
                    names[i] = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    kinds[i] = table.exports(names[i]) ? ColumnCodec.kindOf(meta.getColumnType(i), meta.getColumnTypeName(i), table.name() + "." + names[i]) : null;
                }
                while (rows.next()) {
                    ObjectNode row = json.createObjectNode();
                    for (int i = 1; i <= columns; i++) {
                        if (kinds[i] != null) {
                            row.set(names[i], ColumnCodec.read(rows, i, kinds[i]));
                        }
                    }
                    writeLine(out, json.createObjectNode().put("table", table.name()).set("row", row));
                    count++;
                }
            }
        }
        return count;
    }

    private void writeLine(OutputStream out, ObjectNode line) throws IOException {
        try {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
