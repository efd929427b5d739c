package org.heritageregistry.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangesRecorded;
import org.heritageregistry.vocabulary.VerificationStatus;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * The registry's own figures in the Prometheus output. Counters count what this instance did
 * since it started (Prometheus sums them across instances); gauges give the registry's state as
 * the shared database holds it, refreshed in the background so a scrape never waits for SQL.
 * The refresh counts the current reports, a scan of the largest table (0.4 s on PostgreSQL with
 * 1,000,000 reports, measured), so it runs once a minute by default and, after the first one,
 * only when a scrape has read the gauges since: an instance nobody scrapes costs the database
 * nothing.
 */
@ApplicationScoped
public class RegistryMetrics {

    private static final Logger LOG = Logger.getLogger(RegistryMetrics.class);

    private final MeterRegistry meters;
    private final DataSource dataSource;
    private final Map<String, AtomicLong> reportsByStatus = new ConcurrentHashMap<>();
    private final AtomicLong openConflicts = new AtomicLong();
    private final AtomicLong monuments = new AtomicLong();
    private final AtomicBoolean readSinceRefresh = new AtomicBoolean(true);

    RegistryMetrics(MeterRegistry meters, DataSource dataSource) {
        this.meters = meters;
        this.dataSource = dataSource;
        for (VerificationStatus status : VerificationStatus.values()) {
            String name = JsonEnums.jsonName(status);
            AtomicLong value = new AtomicLong();
            reportsByStatus.put(name, value);
            Gauge.builder("registry.reports.current", value, read()).tag("status", name)
                    .description("Current report revisions by verification status, in the database").register(meters);
        }
        Gauge.builder("registry.conflicts.open", openConflicts, read()).description("Open conflicts (neither settled nor resolved), in the database").register(meters);
        Gauge.builder("registry.monuments", monuments, read()).description("Monuments in the registry, retired ones included").register(meters);
    }

    /** A gauge's value, noting that someone read it, so the next refresh is worth its queries. */
    private ToDoubleFunction<AtomicLong> read() {
        return value -> {
            readSinceRefresh.set(true);
            return value.get();
        };
    }

    /**
     * Counts what this instance committed, from the feed's changes once their transaction has
     * succeeded: a rolled-back write or a replayed idempotent retry records no change, so it is
     * never counted, and no write path has to remember to count.
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesRecorded recorded) {
        for (ChangeDraft change : recorded.changes()) {
            switch (change.kind()) {
                case REPORT_SUBMITTED -> reportSubmitted(false);
                case REPORT_AMENDED -> reportSubmitted(true);
                case DECISION_MADE -> decisionMade(change.status());
                default -> {
                }
            }
        }
    }

    private void reportSubmitted(boolean revision) {
        Counter.builder("registry.reports.submitted").description("Reports stored by this instance since it started")
                .tag("kind", revision ? "revision" : "new").register(meters).increment();
    }

    private void decisionMade(VerificationStatus status) {
        Counter.builder("registry.decisions").description("Review decisions stored by this instance since it started")
                .tag("status", JsonEnums.jsonName(status)).register(meters).increment();
    }

    @Scheduled(every = "${registry.metrics.refresh:60s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        if (!readSinceRefresh.getAndSet(false)) {
            return;
        }
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
            openConflicts.set(count(statement, "select count(*) from conflict where state = 'OPEN'"));
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
