package org.heritageregistry.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The Flyway version a database is at: an export can only be restored into the same one. Read
 * from Flyway's history table on the caller's connection, because Flyway's own API switches
 * auto-commit, which a connection inside a transaction refuses. Flyway quotes the names, so
 * must we: H2 would otherwise look for them in upper case.
 */
final class SchemaVersion {

    private SchemaVersion() {
    }

    static String of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null order by \"installed_rank\" desc")) {
            return rows.next() ? rows.getString(1) : "0";
        }
    }
}
