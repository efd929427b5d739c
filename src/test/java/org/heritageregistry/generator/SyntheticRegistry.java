package org.heritageregistry.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.heritageregistry.vocabulary.Edtf;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.SourceKind;
import org.jboss.logging.Logger;

/**
 * Writes a large synthetic registry with plain JDBC batches: sites, monuments, sources, reports
 * with causes and evidence, a few corrected revisions, decisions and the audit trail. The ORM
 * would spend most of the time on entity bookkeeping for millions of rows that nothing reads back.
 *
 * The data follows how claims about a monument behave: each monument changed once, on a day
 * between 2014 and 2017, to one damage condition by one main cause. Most reports confirm that change
 * (dated to the day, the month, or approximately); some say the monument was still intact well
 * before; some say nothing about its condition; and on one monument in ten one report dissents.
 * A share of reports is reviewed. Derived state (current condition, conflicts) is not written
 * here: the service's own rules compute it afterwards. The same settings and seed give the same rows.
 */
final class SyntheticRegistry {

    private static final Logger LOG = Logger.getLogger(SyntheticRegistry.class);
    static final String SITE_PREFIX = "gen-site-";
    static final String ACTOR = "generator";
    private static final String CURATOR = "curator";
    private static final String REVIEWER = "reviewer";
    private static final int BATCH = 1000;
    /** The tables that take the bulk of the rows: on H2 their indexes are built after the load (DeferredIndexes). */
    private static final Set<String> BULK_TABLES = Set.of("damage_report", "report_cause", "report_evidence", "decision", "decision_evidence", "audit_event");
    private static final Instant DAY_ZERO = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate CHANGES_FROM = LocalDate.of(2014, 1, 1);
    private static final int CHANGE_SPAN_DAYS = 4 * 365;
    private static final String[] DAMAGE = { "SLIGHTLY_DAMAGED", "MODERATELY_DAMAGED", "SEVERELY_DAMAGED", "DESTROYED" };

    private final GeneratorConfig settings;
    private final Random random;
    private final Connection connection;
    private final List<UUID> sources = new ArrayList<>();
    /** Pairs of a first revision and the correction that supersedes it. */
    private final List<UUID[]> corrections = new ArrayList<>();
    private long reports;
    private long decisions;
    private long revisions;

    private PreparedStatement insertReport;
    private PreparedStatement insertCause;
    private PreparedStatement insertEvidence;
    private PreparedStatement insertDecision;
    private PreparedStatement insertDecisionEvidence;
    private PreparedStatement insertAudit;
    private int pending;
    private long batches;

    SyntheticRegistry(GeneratorConfig settings, Connection connection) {
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.connection = connection;
    }

    record Counts(int sites, int monuments, int sources, long reports, long revisions, long decisions) {
    }

    Counts write() throws SQLException {
        connection.setAutoCommit(false);
        writeSites();
        List<String> monuments = writeMonuments();
        writeSources();
        connection.commit();
        DeferredIndexes deferred = h2() ? DeferredIndexes.drop(connection, BULK_TABLES) : null;
        prepareReportStatements();
        int perMonument = settings.reports() / monuments.size();
        int remainder = settings.reports() % monuments.size();
        for (int i = 0; i < monuments.size(); i++) {
            writeMonumentReports(monuments.get(i), perMonument + (i < remainder ? 1 : 0));
        }
        flush();
        connection.commit();
        for (PreparedStatement statement : List.of(insertReport, insertCause, insertEvidence, insertDecision, insertDecisionEvidence, insertAudit)) {
            statement.close();
        }
        if (deferred != null) {
            long built = System.nanoTime();
            deferred.restore();
            LOG.infof("Built %d deferred indexes and constraints in %d s", deferred.size(), (System.nanoTime() - built) / 1_000_000_000L);
        }
        linkRevisions();
        return new Counts(settings.sites(), monuments.size(), sources.size(), reports, revisions, decisions);
    }

    private boolean h2() throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** First revisions point to their corrections once the reports' keys exist: an update by id without its index reads the whole table. */
    private void linkRevisions() throws SQLException {
        try (PreparedStatement link = connection.prepareStatement("update damage_report set superseded_by_id = ? where id = ?")) {
            for (int i = 0; i < corrections.size(); i++) {
                link.setObject(1, corrections.get(i)[1]);
                link.setObject(2, corrections.get(i)[0]);
                link.addBatch();
                if ((i + 1) % BATCH == 0) {
                    link.executeBatch();
                }
            }
            link.executeBatch();
        }
        connection.commit();
    }

    static String monumentId(int index) {
        return String.format("gen-%05d", index);
    }

    private void writeSites() throws SQLException {
        try (PreparedStatement site = connection.prepareStatement("insert into site (id, name, country, latitude, longitude, description, retired, version, created_at, created_by) values (?, ?, 'SY', ?, ?, ?, false, 0, ?, ?)");
                PreparedStatement name = connection.prepareStatement("insert into site_name (site_id, idx, name, lang) values (?, 0, ?, 'ar')")) {
            for (int i = 1; i <= settings.sites(); i++) {
                String id = String.format("%s%03d", SITE_PREFIX, i);
                site.setString(1, id);
                site.setString(2, "Synthetic site " + i);
                site.setDouble(3, 32 + random.nextDouble() * 5);
                site.setDouble(4, 36 + random.nextDouble() * 6);
                site.setString(5, "Generated for benchmarks; not a real place.");
                site.setObject(6, at(DAY_ZERO.minus(800, ChronoUnit.DAYS)));
                site.setString(7, ACTOR);
                site.addBatch();
                name.setString(1, id);
                name.setString(2, "موقع " + i);
                name.addBatch();
            }
            site.executeBatch();
            name.executeBatch();
        }
    }

    private List<String> writeMonuments() throws SQLException {
        List<String> ids = new ArrayList<>();
        MonumentCategory[] categories = MonumentCategory.values();
        try (PreparedStatement monument = connection.prepareStatement("insert into monument (id, site_id, name, category, latitude, longitude, retired, current_condition, version, created_at, created_by) values (?, ?, ?, ?, ?, ?, false, 'UNKNOWN', 0, ?, ?)");
                PreparedStatement name = connection.prepareStatement("insert into monument_name (monument_id, idx, name, lang) values (?, 0, ?, 'ar')")) {
            for (int i = 1; i <= settings.monuments(); i++) {
                String id = monumentId(i);
                ids.add(id);
                monument.setString(1, id);
                monument.setString(2, String.format("%s%03d", SITE_PREFIX, 1 + (i - 1) % settings.sites()));
                monument.setString(3, "Synthetic monument " + i);
                monument.setString(4, categories[random.nextInt(categories.length)].name());
                monument.setDouble(5, 32 + random.nextDouble() * 5);
                monument.setDouble(6, 36 + random.nextDouble() * 6);
                monument.setObject(7, at(DAY_ZERO.minus(800, ChronoUnit.DAYS)));
                monument.setString(8, ACTOR);
                monument.addBatch();
                name.setString(1, id);
                name.setString(2, "نصب " + i);
                name.addBatch();
                if (i % BATCH == 0) {
                    monument.executeBatch();
                    name.executeBatch();
                }
            }
            monument.executeBatch();
            name.executeBatch();
        }
        return ids;
    }

    private void writeSources() throws SQLException {
        SourceKind[] kinds = SourceKind.values();
        try (PreparedStatement source = connection.prepareStatement("insert into source (id, name, kind, reliability, confidential, description, version, created_at, created_by) values (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
            for (int i = 1; i <= settings.sources(); i++) {
                UUID id = uuid();
                sources.add(id);
                source.setObject(1, id);
                source.setString(2, "Synthetic source " + i);
                source.setString(3, kinds[random.nextInt(kinds.length)].name());
                source.setString(4, String.valueOf("ABCDEF".charAt(random.nextInt(6))));
                source.setBoolean(5, random.nextInt(20) == 0);
                source.setString(6, "Generated for benchmarks.");
                source.setObject(7, at(DAY_ZERO.minus(800, ChronoUnit.DAYS)));
                source.setString(8, ACTOR);
                source.addBatch();
            }
            source.executeBatch();
        }
    }

    private void prepareReportStatements() throws SQLException {
        insertReport = connection.prepareStatement("insert into damage_report (id, lineage_id, revision, supersedes_id, monument_id, asserted_condition, event_edtf, event_earliest, event_latest, certainty, source_id, summary, status, submitted_by, submitted_at, revision_kind, claim_owner, site_id, version, event_wide) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select m.site_id from monument m where m.id = ?), 0, ?)");
        insertCause = connection.prepareStatement("insert into report_cause (report_id, cause) values (?, ?)");
        insertEvidence = connection.prepareStatement("insert into report_evidence (report_id, idx, kind, description, acquired_on) values (?, 0, ?, ?, ?)");
        insertDecision = connection.prepareStatement("insert into decision (id, report_id, status, rationale, corroborating_report_id, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?)");
        insertDecisionEvidence = connection.prepareStatement("insert into decision_evidence (decision_id, idx, kind, description, acquired_on) values (?, 0, 'SATELLITE_IMAGE', ?, ?)");
        insertAudit = connection.prepareStatement("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, detail) values (?, ?, ?, 'report', ?, ?)");
    }

    /** One monument's claims: the change, confirmations, earlier intact reports, unknowns, perhaps a dissent. */
    private void writeMonumentReports(String monument, int count) throws SQLException {
        LocalDate change = CHANGES_FROM.plusDays(random.nextInt(CHANGE_SPAN_DAYS));
        String damage = DAMAGE[random.nextInt(DAMAGE.length)];
        Cause[] causes = Cause.values();
        Cause cause = causes[random.nextInt(causes.length - 1)]; // the last constant is UNKNOWN
        int dissenter = random.nextInt(10) == 0 ? random.nextInt(Math.max(count, 1)) : -1;
        UUID lastConfirming = null;
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            String condition;
            String edtf;
            boolean confirming = false;
            if (i == dissenter) {
                condition = DAMAGE[(java.util.Arrays.asList(DAMAGE).indexOf(damage) + 1 + random.nextInt(DAMAGE.length - 1)) % DAMAGE.length];
                edtf = change.toString();
            } else if (kind < 20) {
                condition = "INTACT";
                edtf = change.minusDays(120 + random.nextInt(1400)).toString();
            } else if (kind < 27) {
                condition = "UNKNOWN";
                edtf = CHANGES_FROM.plusDays(random.nextInt(CHANGE_SPAN_DAYS)).toString();
            } else {
                condition = damage;
                confirming = true;
                int precision = random.nextInt(10);
                edtf = precision < 6 ? change.toString() : precision < 9 ? change.toString().substring(0, 7) : change + "~";
            }
            UUID id = uuid();
            Instant submitted = submittedAfter(change);
            boolean satellite = confirming && random.nextInt(3) == 0;
            Review review = review(i == dissenter, confirming, satellite, lastConfirming);
            boolean corrected = random.nextInt(50) == 0; // a correction: a second revision supersedes the first
            writeReport(id, id, 1, null, monument, condition, edtf, confirming ? cause : Cause.UNKNOWN, satellite, submitted, change,
                    corrected || review == null ? "UNVERIFIED" : review.status());
            UUID current = id;
            if (corrected) {
                UUID correction = uuid();
                Instant amended = submitted.plus(1 + random.nextInt(20), ChronoUnit.DAYS);
                writeReport(correction, id, 2, id, monument, condition, edtf, confirming ? cause : Cause.UNKNOWN, satellite, amended, change,
                        review == null ? "UNVERIFIED" : review.status());
                corrections.add(new UUID[] { id, correction });
                revisions++;
                current = correction;
                submitted = amended;
            }
            if (review != null) {
                writeDecision(current, review, submitted, change);
            }
            if (confirming) {
                lastConfirming = current;
            }
        }
    }

    private void writeReport(UUID id, UUID lineage, int revision, UUID supersedes, String monument, String condition, String edtf, Cause cause, boolean satellite,
            Instant submitted, LocalDate change, String status) throws SQLException {
        Edtf.Bounds bounds = Edtf.parse(edtf);
        insertReport.setObject(1, id);
        insertReport.setObject(2, lineage);
        insertReport.setInt(3, revision);
        insertReport.setObject(4, supersedes);
        insertReport.setString(5, monument);
        insertReport.setString(6, condition);
        insertReport.setString(7, edtf);
        insertReport.setObject(8, bounds.earliest());
        insertReport.setObject(9, bounds.latest());
        insertReport.setString(10, Certainty.values()[random.nextInt(Certainty.values().length)].name());
        insertReport.setObject(11, sources.get(random.nextInt(sources.size())));
        insertReport.setString(12, (revision > 1 ? "Corrected synthetic claim " : "Synthetic claim ") + (revision > 1 ? reports : reports + 1));
        insertReport.setString(13, status);
        insertReport.setString(14, CURATOR);
        insertReport.setObject(15, at(submitted));
        insertReport.setString(16, revision > 1 ? "SUBSTANTIVE" : "ORIGINAL"); // a generated correction changes the condition
        insertReport.setString(17, CURATOR);
        insertReport.setString(18, monument);
        // as DamageReport.classifyWindow: what the incremental derivation reads whatever its dates
        insertReport.setBoolean(19, bounds.earliest() == null || bounds.latest() == null
                || bounds.latest().isAfter(bounds.earliest().plusDays(org.heritageregistry.report.DamageReport.NARROW_WINDOW_DAYS)));
        insertReport.addBatch();
        insertCause.setObject(1, id);
        insertCause.setString(2, cause.name());
        insertCause.addBatch();
        insertEvidence.setObject(1, id);
        insertEvidence.setString(2, satellite ? "SATELLITE_IMAGE" : "ARTICLE");
        insertEvidence.setString(3, satellite ? "Imagery of the monument after the change" : "A news item on the monument");
        insertEvidence.setObject(4, satellite ? change.plusDays(3) : null);
        insertEvidence.addBatch();
        insertAudit.setObject(1, at(submitted));
        insertAudit.setString(2, CURATOR);
        insertAudit.setString(3, revision > 1 ? "REPORT_AMENDED" : "REPORT_SUBMITTED");
        insertAudit.setString(4, (revision > 1 ? supersedes : id).toString());
        insertAudit.setString(5, "{\"monumentId\":\"" + monument + "\",\"condition\":\"" + condition + "\",\"eventDate\":\"" + edtf + "\"}");
        insertAudit.addBatch();
        if (revision == 1) {
            reports++;
        }
        batched();
    }

    private record Review(String status, String rationale, UUID corroborates) {
    }

    /** About a third of claims are reviewed: confirmations verified or corroborated, dissents disputed, a few rejected. */
    private Review review(boolean dissent, boolean confirming, boolean satellite, UUID corroborating) {
        int roll = random.nextInt(100);
        if (dissent && roll < 60) {
            return new Review("DISPUTED", "Contradicted by the other reports and the imagery.", null);
        } else if (confirming && satellite && roll < 45) {
            return new Review("VERIFIED", "Confirmed by satellite imagery.", null);
        } else if (confirming && corroborating != null && roll < 30) {
            return new Review("CORROBORATED", "Agrees with an independent report.", corroborating);
        } else if (!confirming && roll < 4) {
            return new Review("REJECTED", "The source could not have observed it.", null);
        }
        return null;
    }

    private void writeDecision(UUID report, Review review, Instant submitted, LocalDate change) throws SQLException {
        UUID id = uuid();
        Instant decided = submitted.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
        insertDecision.setObject(1, id);
        insertDecision.setObject(2, report);
        insertDecision.setString(3, review.status());
        insertDecision.setString(4, review.rationale());
        insertDecision.setObject(5, review.corroborates());
        insertDecision.setString(6, REVIEWER);
        insertDecision.setObject(7, at(decided));
        insertDecision.addBatch();
        if ("VERIFIED".equals(review.status())) {
            insertDecisionEvidence.setObject(1, id);
            insertDecisionEvidence.setString(2, "Imagery of the monument after the change");
            insertDecisionEvidence.setObject(3, change.plusDays(3));
            insertDecisionEvidence.addBatch();
        }
        insertAudit.setObject(1, at(decided));
        insertAudit.setString(2, REVIEWER);
        insertAudit.setString(3, "DECISION_RECORDED");
        insertAudit.setString(4, report.toString());
        insertAudit.setString(5, "{\"decision\":\"" + id + "\",\"status\":{\"from\":\"UNVERIFIED\",\"to\":\"" + review.status() + "\"}}");
        insertAudit.addBatch();
        decisions++;
    }

    private void batched() throws SQLException {
        if (++pending >= BATCH) {
            flush();
            if (++batches % 50 == 0) {
                connection.commit();
            }
        }
    }

    private void flush() throws SQLException {
        insertReport.executeBatch();
        insertCause.executeBatch();
        insertEvidence.executeBatch();
        insertDecision.executeBatch();
        insertDecisionEvidence.executeBatch();
        insertAudit.executeBatch();
        pending = 0;
    }

    private Instant submittedAfter(LocalDate change) {
        Instant earliest = change.atStartOfDay(ZoneOffset.UTC).toInstant().plus(1, ChronoUnit.DAYS);
        long span = Math.max(1, ChronoUnit.SECONDS.between(earliest, DAY_ZERO) - 1);
        return earliest.plusSeconds(Math.floorMod(random.nextLong(), Math.min(span, 400L * 86_400)));
    }

    private UUID uuid() {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L, random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
