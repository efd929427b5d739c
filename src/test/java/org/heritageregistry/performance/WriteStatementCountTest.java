package org.heritageregistry.performance;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.condition.DerivedState;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.heritageregistry.imports.ImportLoader;
import org.heritageregistry.webhook.WebhookDispatcher;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A write costs the same on a monument with 10 reports as on one with 100,000: the SQL statements
 * one {@code POST /api/v1/reports} runs (every statement goes through Hibernate, the audit line
 * and the feed entry too, so its statistics count them all) and the entities it loads are counted
 * on both, for a claim that agrees with its neighbours and for one that opens a conflict, and must
 * be equal. The big record
 * is written with JDBC in the setup (through the API it would take an hour): CONDITION reports
 * spread over 123 years of event dates (several a day), every fifth VERIFIED, some DISPUTED, the
 * condition changing every few years, causes unknown, so that, as the full derivation would find,
 * they hold no conflict; the monument's derived condition is set as the full derivation sets it.
 * Both records have the same shape where it changes the count: one report on the day of the
 * counted claims (a conflict's members are a row each), and the established and latest reports
 * far from it (a report the derivation has already read is not read again).
 * <p>
 * Statistics are global to the application, so the class runs in isolation and the webhook
 * dispatcher (which polls the outbox) is paused while requests are counted.
 */
@QuarkusTest
@DatabaseTest
@Isolated
class WriteStatementCountTest {

    /** The big record; -Dregistry.test.write-count-reports=10000 for a quicker run. */
    private static final int BIG = Integer.getInteger("registry.test.write-count-reports", 100_000);
    private static final int SMALL = 10;
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final int DAYS = 45_000;
    /** The day the counted reports are about: in the middle of the record, with neighbours on both sides. */
    private static final LocalDate DAY = FIRST_DAY.plusDays(22_000);

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @Inject
    DataSource dataSource;

    @Inject
    DerivedState derived;

    @Inject
    MonumentService monuments;

    @Test
    void aWriteRunsAsManyStatementsOnABigRecordAsOnASmallOne() throws SQLException {
        String source = Api.newSource(false);
        String small = Api.newMonument();
        String big = Api.newMonument();
        long start = System.nanoTime();
        List<UUID> seeded = new ArrayList<>(seed(small, SMALL, source));
        seeded.addAll(seed(big, BIG, source));
        System.out.printf("seeded %,d reports in %d s%n", BIG + SMALL, (System.nanoTime() - start) / 1_000_000_000L);
        // one-off costs of a first request (a sign-in remembered, a first query planned) are not the record's size
        Api.submit(CURATOR, claim(Api.newMonument(), source, "SEVERELY_DAMAGED", DAY.toString()));

        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "set %test.quarkus.hibernate-orm.statistics=true");
        scheduler.pause(WebhookDispatcher.JOB);
        scheduler.pause(ImportLoader.JOB);
        List<String> rows = new ArrayList<>();
        try {
            String condition = conditionOn(DAY);
            // a claim that agrees with its neighbours: no conflict
            Cost agreeingSmall = count(statistics, claim(small, source, condition, DAY.plusDays(1).toString()));
            Cost agreeingBig = count(statistics, claim(big, source, condition, DAY.plusDays(1).toString()));
            rows.add("| agreeing claim, no conflict | " + agreeingSmall + " | " + agreeingBig + " |");
            // a claim of another condition on a day that has reports: a CONDITION conflict opens
            String other = condition.equals("DESTROYED") ? "INTACT" : "DESTROYED";
            Cost conflictingSmall = count(statistics, claim(small, source, other, DAY.toString()));
            Cost conflictingBig = count(statistics, claim(big, source, other, DAY.toString()));
            rows.add("| claim that opens a conflict | " + conflictingSmall + " | " + conflictingBig + " |");
            System.out.println("\n| POST /api/v1/reports | statements (entities loaded), " + SMALL + " reports | statements (entities loaded), "
                    + String.format("%,d", BIG) + " reports |\n|---|---|---|\n" + String.join("\n", rows));
            assertEquals(agreeingSmall, agreeingBig, "statements and entities loaded by an agreeing claim, small against big record");
            assertEquals(conflictingSmall, conflictingBig, "statements and entities loaded by a conflicting claim, small against big record");
            // and what was derived is right on both
            for (String monument : List.of(small, big)) {
                assertEquals(1, anonymous().queryParam("monument", monument).queryParam("state", "OPEN").get("/api/v1/conflicts").then().statusCode(200)
                        .extract().jsonPath().getList("items").size(), "one open conflict on " + monument);
            }
        } finally {
            scheduler.resume(WebhookDispatcher.JOB);
            scheduler.resume(ImportLoader.JOB);
            removeSeeded(seeded, small, big);
        }
    }

    /**
     * A burst of field reports that agree (one condition, one month) is the common case, and a claim
     * that joins it loads none of them: the entities one more claim loads are as many beside 40
     * agreeing claims as beside one. The contested check reads no claim either, as none disagrees.
     */
    @Test
    void aClaimThatAgreesWithABurstLoadsNoneOfIt() {
        String source = Api.newSource(false);
        String quiet = Api.newMonument();
        String busy = Api.newMonument();
        Api.submit(CURATOR, claim(quiet, source, "SEVERELY_DAMAGED", "2016-03"));
        for (int i = 0; i < 40; i++) {
            Api.submit(CURATOR, claim(busy, source, "SEVERELY_DAMAGED", i % 2 == 0 ? "2016-03" : "2016-03-" + (10 + i / 2)));
        }
        Statistics statistics = sessionFactory.getStatistics();
        scheduler.pause(WebhookDispatcher.JOB);
        scheduler.pause(ImportLoader.JOB);
        try {
            long quietLoads = loads(statistics, claim(quiet, source, "SEVERELY_DAMAGED", "2016-03"));
            long busyLoads = loads(statistics, claim(busy, source, "SEVERELY_DAMAGED", "2016-03"));
            assertEquals(quietLoads, busyLoads, "entities loaded by an agreeing claim beside 1 and beside 40 agreeing claims");
            // and a claim that disagrees with the burst still finds every claim it disagrees with
            Api.submit(CURATOR, claim(busy, source, "INTACT", "2016-03"));
            assertEquals(42, anonymous().queryParam("monument", busy).queryParam("state", "OPEN").get("/api/v1/conflicts").then().statusCode(200)
                    .extract().jsonPath().getList("items[0].reports").size(), "the conflict holds the burst and the disagreeing claim");
        } finally {
            scheduler.resume(WebhookDispatcher.JOB);
            scheduler.resume(ImportLoader.JOB);
        }
    }

    private static long loads(Statistics statistics, Map<String, Object> body) {
        statistics.clear();
        Api.submit(CURATOR, body);
        return statistics.getEntityLoadCount();
    }

    /**
     * The other test classes share the database and some page through every report: the seeded
     * reports go again (all but the one on DAY, which a conflict holds), and the two monuments are derived again
     * from what is left, with the full derivation.
     */
    private void removeSeeded(List<UUID> seeded, String... monumentIds) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            if (postgres) {
                // PostgreSQL checks each deleted report against the unindexed columns that may reference it
                // (supersedes_id, decisions...), a scan of the table per row; nothing references these, so
                // the checks are skipped for this connection (the test's user owns the database)
                try (var statement = c.createStatement()) {
                    statement.execute("set session_replication_role = replica");
                }
            }
            c.setAutoCommit(false);
            for (String table : List.of("report_cause", "damage_report")) {
                try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where " + (table.equals("damage_report") ? "id" : "report_id") + " = ?")) {
                    for (int i = 0; i < seeded.size(); i++) {
                        delete.setObject(1, seeded.get(i));
                        delete.addBatch();
                        if (i % 1000 == 999 || i == seeded.size() - 1) {
                            delete.executeBatch();
                        }
                    }
                }
            }
            c.commit();
            if (postgres) {
                c.setAutoCommit(true);
                try (var statement = c.createStatement()) {
                    statement.execute("set session_replication_role = origin"); // the pool reuses the connection
                }
            }
        }
        for (String id : monumentIds) {
            QuarkusTransaction.requiringNew().run(() -> derived.refresh(monuments.lockForClaims(id), java.time.Instant.now()));
        }
    }

    /** What one write cost the database: its statements, and the entities it loaded (a read can be one statement and a thousand rows). */
    private record Cost(long statements, long loaded) {
        @Override
        public String toString() {
            return statements + " (" + loaded + ")";
        }
    }

    private static Cost count(Statistics statistics, Map<String, Object> body) {
        statistics.clear();
        Api.submit(CURATOR, body);
        long statements = statistics.getPrepareStatementCount();
        System.out.printf("%d statements (%d entities inserted, %d loaded, %d collections loaded, %d flushes); queries: %s%n", statements,
                statistics.getEntityInsertCount(), statistics.getEntityLoadCount(), statistics.getCollectionLoadCount(), statistics.getFlushCount(),
                String.join(" | ", statistics.getQueries()).replaceAll("\\s+", " "));
        return new Cost(statements, statistics.getEntityLoadCount());
    }

    private static Map<String, Object> claim(String monument, String source, String condition, String day) {
        Map<String, Object> body = Api.report(monument, source, condition, day);
        body.put("causes", List.of("UNKNOWN"));
        return body;
    }

    /** The condition of the reports about a day: it changes every 1,500 days, never within a day, so same-day reports agree. */
    private static String conditionOn(LocalDate day) {
        return List.of("SLIGHTLY_DAMAGED", "MODERATELY_DAMAGED", "SEVERELY_DAMAGED").get((int) ((day.toEpochDay() - FIRST_DAY.toEpochDay()) / 1500 % 3));
    }

    /**
     * {@code n} current CONDITION reports spread evenly over the days (and one on {@link #DAY}), with
     * the monument's derived condition as the full derivation sets it: the last VERIFIED report by
     * event date, the last claim, not contested.
     */
    private List<UUID> seed(String monument, int n, String source) throws SQLException {
        List<UUID> removable = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID lastVerified = null;
            UUID last = null;
            String lastVerifiedCondition = null;
            try (PreparedStatement report = c.prepareStatement("insert into damage_report (id, lineage_id, revision, monument_id, site_id, asserted_condition, "
                    + "event_edtf, event_earliest, event_latest, event_wide, certainty, source_id, summary, status, submitted_by, submitted_at, revision_kind, "
                    + "claim_owner, version) values (?, ?, 1, ?, 'palmyra', ?, ?, ?, ?, false, 'MEDIUM', ?, 'Seeded claim', ?, 'curator', ?, 'ORIGINAL', 'curator', 0)");
                    PreparedStatement cause = c.prepareStatement("insert into report_cause (report_id, cause) values (?, 'UNKNOWN')")) {
                OffsetDateTime submitted = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
                for (int i = 0; i <= n; i++) {
                    // the extra one lies on DAY itself, so that both records have a neighbour there
                    LocalDate day = i == n ? DAY : FIRST_DAY.plusDays((long) i * DAYS / n);
                    if (i < n && day.equals(DAY)) {
                        // DAY holds the one report in both records, so that the conflict a claim opens there has as
                        // many members (a row each) on both
                        day = DAY.minusDays(1);
                    }
                    UUID id = UUID.randomUUID();
                    String status = i % 5 == 4 ? "VERIFIED" : i % 7 == 0 ? "DISPUTED" : "UNVERIFIED";
                    report.setObject(1, id);
                    report.setObject(2, id);
                    report.setString(3, monument);
                    report.setString(4, conditionOn(day));
                    report.setString(5, day.toString());
                    report.setObject(6, day);
                    report.setObject(7, day);
                    report.setObject(8, UUID.fromString(source));
                    report.setString(9, status);
                    report.setObject(10, submitted.plusSeconds(i));
                    report.addBatch();
                    cause.setObject(1, id);
                    cause.addBatch();
                    if (i < n) { // in event order (the one on DAY is not the last)
                        removable.add(id);
                        last = id;
                        if (status.equals("VERIFIED")) {
                            lastVerified = id;
                            lastVerifiedCondition = conditionOn(day);
                        }
                    }
                    if (i % 1000 == 999 || i == n) {
                        report.executeBatch();
                        cause.executeBatch();
                    }
                }
            }
            try (PreparedStatement monumentRow = c.prepareStatement(
                    "update monument set current_condition = ?, current_report_id = ?, latest_claim_report_id = ?, condition_contested = false where id = ?")) {
                monumentRow.setString(1, lastVerifiedCondition);
                monumentRow.setObject(2, lastVerified);
                monumentRow.setObject(3, last);
                monumentRow.setString(4, monument);
                monumentRow.executeUpdate();
            }
            c.commit();
        }
        return removable;
    }
}
