package org.heritageregistry.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2 only: the indexes and key constraints of the tables the generator fills are dropped for the
 * bulk load and built again after it, from the definitions H2 itself scripts ({@code SCRIPT NODATA}).
 *
 * Why: H2's store is append-only and writes every page a commit changed anew. Most of these
 * indexes are keyed by random values (UUIDs, timestamps, dates), so each batch of inserts touches
 * leaf pages all over every index, and each store rewrites them: on 100,000 reports the file grew
 * to 4.7 GB of mostly dead pages, on 1,000,000 past 30 GB. Without indexes the rows are appended
 * in row-id order; CREATE INDEX on a filled table sorts the rows and writes each index once.
 * The foreign keys come back with H2's NOCHECK, as H2 scripts them: the generator writes
 * consistent rows and its test checks them.
 */
final class DeferredIndexes {

    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX (\"\\w+\"\\.\"\\w+\") ON \"\\w+\"\\.\"(\\w+)\".*", Pattern.DOTALL);
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("ALTER TABLE (\"\\w+\"\\.\"(\\w+)\") ADD CONSTRAINT (\"\\w+\"\\.\"\\w+\") (.*)", Pattern.DOTALL);
    private static final Pattern REFERENCES = Pattern.compile("FOREIGN KEY.*REFERENCES \"\\w+\"\\.\"(\\w+)\".*", Pattern.DOTALL);
    private static final Pattern SINGLE_KEY = Pattern.compile("PRIMARY KEY\\(\"(\\w+)\"\\);?");

    private final Connection connection;
    /** The statements that build the indexes and constraints again, in the order H2 scripts them. */
    private final List<String> restore = new ArrayList<>();

    private DeferredIndexes(Connection connection) {
        this.connection = connection;
    }

    /** Drops the indexes and key constraints of {@code tables} and those referencing them; {@link #restore()} builds them again. */
    static DeferredIndexes drop(Connection connection, Set<String> tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes(connection);
        List<String> foreignKeys = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet script = statement.executeQuery("SCRIPT NODATA")) {
            while (script.next()) {
                String sql = script.getString(1);
                Matcher index = CREATE_INDEX.matcher(sql);
                Matcher constraint = ADD_CONSTRAINT.matcher(sql);
                if (index.matches() && ours(tables, index.group(3))) {
                    indexes.add("DROP INDEX " + index.group(2));
                    deferred.restore.add(sql);
                } else if (constraint.matches()) {
                    Matcher references = REFERENCES.matcher(constraint.group(4));
                    String drop = "ALTER TABLE " + constraint.group(1) + " DROP CONSTRAINT " + constraint.group(3);
                    if (references.matches() && (ours(tables, constraint.group(2)) || ours(tables, references.group(1)))) {
                        foreignKeys.add(drop);
                        deferred.restore.add(sql);
                    } else if (!references.matches() && ours(tables, constraint.group(2)) && !rowKey(connection, constraint.group(2), constraint.group(4))) {
                        keys.add(drop);
                        deferred.restore.add(sql);
                    }
                }
            }
        }
        // what refers to a key goes before the key, a constraint before the index it may use
        deferred.execute(foreignKeys);
        deferred.execute(keys);
        deferred.execute(indexes);
        return deferred;
    }

    /** Builds the dropped indexes and constraints again on the loaded rows. */
    void restore() throws SQLException {
        execute(restore);
    }

    int size() {
        return restore.size();
    }

    /**
     * A primary key on one integer column is the row key of H2's table itself, not an index of its
     * own: it is kept (the rows are appended in its order anyway).
     */
    private static boolean rowKey(Connection connection, String table, String definition) throws SQLException {
        Matcher key = SINGLE_KEY.matcher(definition);
        if (!key.matches()) {
            return false;
        }
        try (var query = connection.prepareStatement("select data_type from information_schema.columns where table_name = ? and column_name = ?")) {
            query.setString(1, table);
            query.setString(2, key.group(1));
            try (ResultSet type = query.executeQuery()) {
                return type.next() && Set.of("BIGINT", "INTEGER", "SMALLINT", "TINYINT").contains(type.getString(1));
            }
        }
    }

    private static boolean ours(Set<String> tables, String table) {
        return tables.contains(table.toLowerCase(Locale.ROOT));
    }

    private void execute(List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        connection.commit();
    }
}
