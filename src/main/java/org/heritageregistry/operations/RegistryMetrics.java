package org.heritageregistry.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.report.VerificationStatus;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * The registry's own figures in the Prometheus output. Counters count what this instance did
 * since it started (Prometheus sums them across instances); gauges give the registry's state as
 * the shared database holds it, refreshed in the background so a scrape never waits for SQL.
 */
@ApplicationScoped
public class RegistryMetrics {

    private static final Logger LOG = Logger.getLogger(RegistryMetrics.class);

    private final MeterRegistry meters;
    private final DataSource dataSource;
    private final Map<String, AtomicLong> reportsByStatus = new ConcurrentHashMap<>();
    private final AtomicLong openConflicts = new AtomicLong();
    private final AtomicLong monuments = new AtomicLong();

    RegistryMetrics(MeterRegistry meters, DataSource dataSource) {
        this.meters = meters;
        this.dataSource = dataSource;
        for (VerificationStatus status : VerificationStatus.values()) {
            String name = JsonEnums.jsonName(status);
            AtomicLong value = new AtomicLong();
            reportsByStatus.put(name, value);
            Gauge.builder("registry.reports.current", value, AtomicLong::get).tag("status", name)
                    .description("Current report revisions by verification status, in the database").register(meters);
        }
        Gauge.builder("registry.conflicts.open", openConflicts, AtomicLong::get).description("Unresolved conflicts between reports, in the database").register(meters);
        Gauge.builder("registry.monuments", monuments, AtomicLong::get).description("Monuments in the registry, retired ones included").register(meters);
    }

    /** A report or a revision this instance stored (never a replayed idempotent retry). */
    public void reportSubmitted(boolean revision) {
        Counter.builder("registry.reports.submitted").description("Reports stored by this instance since it started")
                .tag("kind", revision ? "revision" : "new").register(meters).increment();
    }

    public void decisionMade(VerificationStatus status) {
        Counter.builder("registry.decisions").description("Review decisions stored by this instance since it started")
                .tag("status", JsonEnums.jsonName(status)).register(meters).increment();
    }

    @Scheduled(every = "${registry.metrics.refresh:15s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            reportsByStatus.values().forEach(v -> v.set(0));
            try (ResultSet rows = statement.executeQuery("select status, count(*) from damage_report where superseded_by_id is null group by status")) {
                while (rows.next()) {
                    AtomicLong value = reportsByStatus.get(rows.getString(1));
                    if (value != null) {
                        value.set(rows.getLong(2));
                    }
                }
            }
            openConflicts.set(count(statement, "select count(*) from conflict where resolved = false"));
            monuments.set(count(statement, "select count(*) from monument"));
        } catch (SQLException e) {
            // the readiness check reports the database; a metrics refresh must not add noise per scrape
            LOG.debugf(e, "metrics refresh failed");
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
