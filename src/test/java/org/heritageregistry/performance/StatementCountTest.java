package org.heritageregistry.performance;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.heritageregistry.site.Site;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.imports.ImportLoader;
import org.heritageregistry.webhook.WebhookDispatcher;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * No endpoint issues a number of SQL statements that grows with the page size (no N+1): each list,
 * history and collection endpoint is read once with a small page and once with a big one, and the
 * JDBC statements Hibernate prepared for each request (its statistics, enabled in the test profile)
 * must be the same (the fewer of two reads of each, so a one-off cost is not taken for growth).
 * Anonymous and signed-in readers are compared with their own kind, since signing in reads the
 * account table. Prints the table of counts for the docs.
 * <p>
 * Statistics are global to the application, so the requests run one at a time and the class runs
 * in isolation ({@link Isolated}); nothing else in it touches the database while a request is counted.
 */
@QuarkusTest
@DatabaseTest
@Isolated
class StatementCountTest {

    private static final int REPORT_GROUPS = 20;
    private static final String[] GROUP_CONDITIONS = { "SLIGHTLY_DAMAGED", "SEVERELY_DAMAGED", "DESTROYED" };
    private static final String[] CAUSES = { "EXPLOSIVES", "HEAVY_WEAPONRY", "LOOTING", "VANDALISM", "BULLDOZING", "FIRE" };

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    /** One endpoint read by one kind of caller with a small and a big page (or a small and a big subject). */
    record Probe(String endpoint, String caller, Supplier<RequestSpecification> spec, String small, String big, Function<JsonPath, Integer> items) {
    }

    record Count(long statements, int items) {
    }

    record Row(Probe probe, Count small, Count big) {
        boolean grows() {
            return big.statements() != small.statements();
        }
    }

    @Test
    void statementsPerRequestDoNotGrowWithThePageSize() {
        // Hibernate's statistics count every statement of the process: the webhook dispatcher and the
        // import loader, which poll every 200 ms in tests, would add their own to a request's now and then
        scheduler.pause(WebhookDispatcher.JOB);
        scheduler.pause(ImportLoader.JOB);
        try {
            measure();
        } finally {
            scheduler.resume(WebhookDispatcher.JOB);
            scheduler.resume(ImportLoader.JOB);
        }
    }

    private void measure() {
        Statistics statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "set %test.quarkus.hibernate-orm.statistics=true");
        Fixture f = fixture();

        Function<JsonPath, Integer> items = json -> json.getList("items").size();
        Function<JsonPath, Integer> claims = json -> json.getList("claims").size();
        Function<JsonPath, Integer> evidence = json -> json.getList("evidence").size();
        Function<JsonPath, Integer> single = json -> -1; // one resource: its size is in the endpoint's name
        Supplier<RequestSpecification> anonymous = Api::anonymous;
        Supplier<RequestSpecification> curator = () -> as(CURATOR);
        Supplier<RequestSpecification> admin = () -> as(ADMIN);

        List<Probe> probes = new ArrayList<>();
        for (var caller : List.of(Map.entry("anonymous", anonymous), Map.entry("curator", curator))) {
            String who = caller.getKey();
            var spec = caller.getValue();
            probes.add(new Probe("GET /monuments", who, spec, "/api/v1/monuments?limit=2", "/api/v1/monuments?limit=100", items));
            probes.add(new Probe("GET /monuments?site=&q=", who, spec, "/api/v1/monuments?site=palmyra&q=e&limit=2", "/api/v1/monuments?site=palmyra&q=e&limit=100", items));
            probes.add(new Probe("GET /monuments/{id}/reports", who, spec, "/api/v1/monuments/" + f.rich + "/reports?limit=2",
                    "/api/v1/monuments/" + f.rich + "/reports?limit=100", items));
            probes.add(new Probe("GET /monuments/{id}/reports?current=false", who, spec, "/api/v1/monuments/" + f.rich + "/reports?current=false&limit=2",
                    "/api/v1/monuments/" + f.rich + "/reports?current=false&limit=100", items));
            probes.add(new Probe("GET /monuments/{id}/reports?status=", who, spec, "/api/v1/monuments/" + f.rich + "/reports?status=UNVERIFIED&limit=2",
                    "/api/v1/monuments/" + f.rich + "/reports?status=UNVERIFIED&limit=100", items));
            probes.add(new Probe("GET /monuments/{id}/history (few vs many reports)", who, spec, "/api/v1/monuments/" + f.sparse + "/history",
                    "/api/v1/monuments/" + f.rich + "/history", claims));
            probes.add(new Probe("GET /monuments/{id}/conflicts", who, spec, "/api/v1/monuments/" + f.rich + "/conflicts?limit=5",
                    "/api/v1/monuments/" + f.rich + "/conflicts?limit=100", items));
            probes.add(new Probe("GET /reports", who, spec, "/api/v1/reports?limit=2", "/api/v1/reports?limit=100", items));
            probes.add(new Probe("GET /reports?monument=", who, spec, "/api/v1/reports?monument=" + f.rich + "&limit=2",
                    "/api/v1/reports?monument=" + f.rich + "&limit=100", items));
            probes.add(new Probe("GET /reports?current=false", who, spec, "/api/v1/reports?current=false&limit=2", "/api/v1/reports?current=false&limit=100", items));
            probes.add(new Probe("GET /reports?site=", who, spec, "/api/v1/reports?site=palmyra&limit=2", "/api/v1/reports?site=palmyra&limit=100", items));
            probes.add(new Probe("GET /reports?status=", who, spec, "/api/v1/reports?status=UNVERIFIED&limit=2", "/api/v1/reports?status=UNVERIFIED&limit=100", items));
            probes.add(new Probe("GET /reports?source=", who, spec, "/api/v1/reports?source=" + f.confidential + "&limit=2",
                    "/api/v1/reports?source=" + f.confidential + "&limit=100", items));
            probes.add(new Probe("GET /reports?condition=", who, spec, "/api/v1/reports?condition=DESTROYED&limit=2",
                    "/api/v1/reports?condition=DESTROYED&limit=100", items));
            probes.add(new Probe("GET /reports?eventFrom=&eventTo=", who, spec, "/api/v1/reports?eventFrom=2010-01-01&eventTo=2016-12-31&limit=2",
                    "/api/v1/reports?eventFrom=2010-01-01&eventTo=2016-12-31&limit=100", items));
            probes.add(new Probe("GET /reports/{id}/revisions (1 vs many)", who, spec, "/api/v1/reports/" + f.plainReport + "/revisions",
                    "/api/v1/reports/" + f.revisedReport + "/revisions", items));
            probes.add(new Probe("GET /reports/{id}/decisions (1 vs many)", who, spec, "/api/v1/reports/" + f.onceDecided + "/decisions",
                    "/api/v1/reports/" + f.oftenDecided + "/decisions", items));
            probes.add(new Probe("GET /sources", who, spec, "/api/v1/sources?limit=2", "/api/v1/sources?limit=100", items));
            probes.add(new Probe("GET /conflicts", who, spec, "/api/v1/conflicts?limit=5", "/api/v1/conflicts?limit=100", items));
            probes.add(new Probe("GET /conflicts?monument=&state=", who, spec, "/api/v1/conflicts?monument=" + f.rich + "&state=OPEN&limit=5",
                    "/api/v1/conflicts?monument=" + f.rich + "&state=OPEN&limit=100", items));
            probes.add(new Probe("GET /sites", who, spec, "/api/v1/sites?limit=2", "/api/v1/sites?limit=100", items));
            probes.add(new Probe("GET /monuments/{id} (few vs many reports)", who, spec, "/api/v1/monuments/" + f.sparse, "/api/v1/monuments/" + f.rich, single));
            probes.add(new Probe("GET /reports/{id} (little vs much evidence)", who, spec, "/api/v1/reports/" + f.plainReport,
                    "/api/v1/reports/" + f.richReport, evidence));
        }
        probes.add(new Probe("GET /audit", "admin", admin, "/api/v1/audit?limit=5", "/api/v1/audit?limit=100", items));
        probes.add(new Probe("GET /audit?entityType=&actor=", "admin", admin, "/api/v1/audit?entityType=report&actor=curator&limit=5",
                "/api/v1/audit?entityType=report&actor=curator&limit=100", items));

        List<Row> rows = new ArrayList<>();
        for (Probe probe : probes) {
            // each read twice, keeping the fewer: a one-off cost of a request (a first call, a sign-in
            // that was not remembered) is not growth, while an N+1 shows in every read of the big page
            Count small = count(statistics, probe, probe.small());
            Count big = count(statistics, probe, probe.big());
            rows.add(new Row(probe, fewer(small, count(statistics, probe, probe.small())), fewer(big, count(statistics, probe, probe.big()))));
        }

        StringBuilder table = new StringBuilder("\n| endpoint | caller | items small/big | statements small/big |\n|---|---|---|---|\n");
        rows.forEach(r -> table.append("| ").append(r.probe().endpoint()).append(" | ").append(r.probe().caller()).append(" | ")
                .append(r.small().items() < 0 ? "-" : r.small().items() + " / " + r.big().items()).append(" | ")
                .append(r.small().statements()).append(" / ").append(r.big().statements()).append(r.grows() ? " **grows**" : "").append(" |\n"));
        System.out.println(table);

        List<String> problems = new ArrayList<>();
        for (Row r : rows) {
            String name = r.probe().endpoint() + " (" + r.probe().caller() + ")";
            if (r.small().items() >= 0 && r.big().items() < Math.max(8, 4 * Math.max(1, r.small().items()))) {
                problems.add(name + ": the big case returned " + r.big().items() + " items against " + r.small().items() + "; the fixture is too small to tell");
            }
            if (r.grows()) {
                problems.add(name + ": " + r.small().statements() + " statements for " + r.small().items() + " items, "
                        + r.big().statements() + " for " + r.big().items());
            }
        }
        assertTrue(problems.isEmpty(), "statement counts grow with the page size:\n" + String.join("\n", problems) + table);
    }

    /** Prepared statements of one request: statistics cleared before, read after. */
    private static Count count(Statistics statistics, Probe probe, String url) {
        RequestSpecification spec = probe.spec().get();
        statistics.clear();
        JsonPath json = spec.get(url).then().statusCode(200).extract().jsonPath();
        long statements = statistics.getPrepareStatementCount();
        return new Count(statements, probe.items().apply(json));
    }

    private static Count fewer(Count a, Count b) {
        return b.statements() < a.statements() ? b : a;
    }

    record Fixture(String rich, String sparse, String confidential, String plainReport, String richReport, String revisedReport,
            String onceDecided, String oftenDecided) {
    }

    /**
     * A monument with 60 reports (three conditions on each of 20 dates: 60 CONDITION conflicts),
     * each with causes and evidence, from public, confidential and relaying sources, some verified
     * and some disputed; a sparse monument with two (one established, one claimed); a report corrected nine times; a
     * report with a dozen decisions; and sites enough for a page (sites have no write API).
     */
    private static Fixture fixture() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        addSites(tag, 24);
        String rich = monument("perf-rich-" + tag);
        String sparse = monument("perf-sparse-" + tag);
        String open = Api.newSource(false);
        String other = Api.newSource(false);
        String relay = Api.newSource(false);
        String confidential = Api.newSource(true);
        List<String> sources = List.of(open, other, confidential);

        List<String> richReports = new ArrayList<>();
        LocalDate start = LocalDate.of(2012, 1, 1);
        for (int g = 0; g < REPORT_GROUPS; g++) {
            // 90 days apart: no DATE conflicts between groups, three CONDITION conflicts within each
            String day = start.plusDays(90L * g).toString();
            for (int c = 0; c < GROUP_CONDITIONS.length; c++) {
                int n = g * GROUP_CONDITIONS.length + c;
                var body = Api.report(rich, sources.get(n % sources.size()), GROUP_CONDITIONS[c], day);
                body.put("causes", List.of(CAUSES[n % CAUSES.length], CAUSES[(n + 1) % CAUSES.length], CAUSES[(n + 3) % CAUSES.length]));
                if (n % 4 == 0) {
                    body.put("relayedById", relay);
                }
                List<Map<String, Object>> evidence = new ArrayList<>(List.of(article(n)));
                if (n % 2 == 0) {
                    evidence.add(Api.satelliteEvidence());
                }
                body.put("evidence", evidence);
                richReports.add(Api.submit(CURATOR, body));
            }
        }
        for (int i = 0; i < richReports.size(); i += 6) {
            Api.decide(REVIEWER, richReports.get(i), Api.decision("VERIFIED", "satellite imagery")).statusCode(201);
        }
        for (int i = 3; i < richReports.size(); i += 12) {
            Api.decide(REVIEWER, richReports.get(i), Api.decision("DISPUTED", "contradicted by imagery")).statusCode(201);
        }

        // the sparse monument, like the rich one, has both an established condition and a later claim
        var verified = Api.report(sparse, other, "SEVERELY_DAMAGED", "2015-08-20");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(REVIEWER, Api.submit(CURATOR, verified), Api.decision("VERIFIED", "satellite imagery")).statusCode(201);
        var plain = Api.report(sparse, open, "SEVERELY_DAMAGED", "2015-08-30");
        plain.put("evidence", List.of(article(0)));
        String plainReport = Api.submit(CURATOR, plain);
        Api.decide(REVIEWER, plainReport, Api.decision("DISPUTED", "one decision only")).statusCode(201);

        var much = Api.report(rich, confidential, "DESTROYED", "2016-03~");
        much.put("relayedById", relay);
        much.put("causes", List.of(CAUSES));
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            evidence.add(i % 2 == 0 ? article(i) : Api.satelliteEvidence());
        }
        much.put("evidence", evidence);
        String richReport = Api.submit(CURATOR, much);
        for (int i = 0; i < 12; i++) {
            var decision = i % 2 == 0 ? Api.decision("VERIFIED", "imagery, look " + i) : Api.decision("UNVERIFIED", "reopened, look " + i);
            decision.put("evidence", List.of(Api.satelliteEvidence(), article(i)));
            Api.decide(REVIEWER, richReport, decision).statusCode(201);
        }

        String revised = Api.submit(CURATOR, Api.report(rich, other, "MODERATELY_DAMAGED", "2011-05"));
        String current = revised;
        for (int i = 0; i < 9; i++) {
            var correction = Api.report(rich, other, i % 2 == 0 ? "SEVERELY_DAMAGED" : "MODERATELY_DAMAGED", "2011-05");
            current = Api.amend(CURATOR, current, correction).statusCode(201).extract().path("id");
        }
        return new Fixture(rich, sparse, confidential, plainReport, richReport, revised, plainReport, richReport);
    }

    private static String monument(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("siteId", "palmyra");
        body.put("name", "Statement count monument " + id);
        body.put("category", "TEMPLE");
        body.put("location", Map.of("latitude", 34.55, "longitude", 38.27));
        body.put("names", List.of(Map.of("name", "معبد " + id, "lang", "ar"), Map.of("name", "Temple " + id, "lang", "en")));
        as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201);
        return id;
    }

    private static Map<String, Object> article(int n) {
        Map<String, Object> evidence = new HashMap<>();
        evidence.put("kind", "ARTICLE");
        evidence.put("description", "News item " + n);
        evidence.put("locator", "statement-count-test#" + n);
        return evidence;
    }

    private static void addSites(String tag, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                Site site = new Site();
                site.id = String.format("perf-site-%s-%02d", tag, i);
                site.name = "Statement count site " + i;
                site.country = "SY";
                site.names.add(new LocalizedName("موقع " + i, "ar"));
                site.names.add(new LocalizedName("Site " + i, "en"));
                site.createdAt = Instant.now();
                site.createdBy = "statement-count-test";
                site.persist();
            }
        });
    }
}
