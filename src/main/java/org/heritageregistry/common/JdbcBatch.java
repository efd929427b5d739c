package org.heritageregistry.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Writes many rows of one table with one prepared statement in JDBC batches, in the caller's
 * transaction (its connection). Bulk loads use it where Hibernate would send a statement per row:
 * an entity with a database-generated id is inserted one at a time, and a report's collections
 * alternate with its row, which breaks Hibernate's batches. On PostgreSQL the driver rewrites each
 * batch as multi-row inserts ({@code reWriteBatchedInserts}), so a thousand rows are a few round
 * trips. The session is flushed first: rows Hibernate still holds (an entity persisted or
 * changed earlier in the transaction) must be written before JDBC inserts that reference them. A
 * caller with several inserts in a row runs them in {@link #afterOneFlush}, since each flush checks
 * every entity the session holds.
 */
public final class JdbcBatch {

    private static final int ROWS_PER_EXECUTE = 1000;

    /** The session flushed by the {@link #afterOneFlush} running on this thread, whose inserts need not flush it again. */
    private static final ThreadLocal<Session> FLUSHED = new ThreadLocal<>();

    /** Binds one row's values to the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(Row statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /**
     * Runs several inserts ({@link #insert}, here or in the services they call) after one flush
     * rather than one each (and none of its own inside another's). Inserts only: an entity changed
     * through Hibernate in between would not be written before the inserts that follow it.
     */
    public static void afterOneFlush(EntityManager entities, Runnable inserts) {
        Session session = entities.unwrap(Session.class);
        Session outer = FLUSHED.get();
        if (outer != session) {
            session.flush();
        }
        FLUSHED.set(session);
        try {
            inserts.run();
        } finally {
            if (outer == null) {
                FLUSHED.remove();
            } else {
                FLUSHED.set(outer);
            }
        }
    }

    public static <T> void insert(EntityManager entities, String sql, Collection<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        Session session = entities.unwrap(Session.class);
        if (FLUSHED.get() != session) {
            session.flush();
        }
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(new Row(statement), row);
                    statement.addBatch();
                    if (++pending == ROWS_PER_EXECUTE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** A statement's parameters set in order, with the conversions the registry's columns need (instants as UTC timestamps, nulls typed). */
    public static final class Row {

        private final PreparedStatement statement;
        private int index;

        Row(PreparedStatement statement) {
            this.statement = statement;
        }

        public Row text(String value) throws SQLException {
            statement.setString(++index, value);
            return this;
        }

        public Row text(Enum<?> value) throws SQLException {
            return text(value == null ? null : value.name());
        }

        public Row object(Object value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.OTHER);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        public Row integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value);
            }
            return this;
        }

        public Row number(long value) throws SQLException {
            statement.setLong(++index, value);
            return this;
        }

        public Row bool(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        public Row date(LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.DATE);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        public Row instant(Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(++index, value.atOffset(ZoneOffset.UTC));
            }
            return this;
        }
    }
}
