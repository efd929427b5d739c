package org.heritageregistry.operations;

import static io.restassured.RestAssured.given;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What an operator relies on: health, the registry's own metrics, and a request id on every log line. */
@QuarkusTest
@DatabaseTest
class OperationsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Inject
    RegistryMetrics metrics;

    @Inject
    DataSource dataSource;

    @Test
    void readinessSaysTheDatabaseIsReachableAndFullyMigrated() throws IOException {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database migrations"))
                .body("checks.find { it.name == 'Database migrations' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Database migrations' }.data.pending", equalTo(0))
                .body("checks.find { it.name == 'Database migrations' }.data.applied", equalTo(migrationsOfThisBuild()))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The shared migrations and one database's own (db/h2 and db/postgresql hold the same versions). */
    private static int migrationsOfThisBuild() throws IOException {
        int count = 0;
        for (String folder : List.of("src/main/resources/db/migration", "src/main/resources/db/h2")) {
            try (var files = Files.list(Path.of(folder))) {
                count += (int) files.filter(f -> f.getFileName().toString().matches("V[0-9]+__.+\\.sql")).count();
            }
        }
        return count;
    }

    @Test
    void countersCountWhatWasStoredAndNotReplays() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        double submitted = metric("registry_reports_submitted_total{kind=\"new\"}");
        double disputed = metric("registry_decisions_total{status=\"DISPUTED\"}");

        Map<String, Object> body = Api.report(monument, source, "DESTROYED", "2015-08-30");
        String report = Api.as(CURATOR).header("Idempotency-Key", "metrics-" + monument).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        Api.as(CURATOR).header("Idempotency-Key", "metrics-" + monument).contentType(ContentType.JSON).body(body)
                .post("/api/v1/reports").then().statusCode(201).header("Idempotent-Replayed", "true");
        Api.decide(REVIEWER, report, Api.decision("DISPUTED", "Contradicted by imagery of 2 September 2015.")).statusCode(201);

        assertEquals(submitted + 1, metric("registry_reports_submitted_total{kind=\"new\"}"), "one report stored, one replay");
        assertEquals(disputed + 1, metric("registry_decisions_total{status=\"DISPUTED\"}"));
    }

    @Test
    void gaugesShowTheDatabaseState() throws Exception {
        metric("registry_monuments");
        metrics.refresh();
        assertEquals(count("select count(*) from damage_report where superseded_by_id is null and status = 'UNVERIFIED'"),
                metric("registry_reports_current{status=\"UNVERIFIED\"}"));
        assertEquals(count("select count(*) from conflict where state = 'OPEN'"), metric("registry_conflicts_open"));
        assertTrue(metric("registry_conflicts_open") > 0, "the Palmyra data has open conflicts");
    }

    @Test
    void gaugesAreRefreshedOnlyAfterAScrapeHasReadThem() throws Exception {
        metric("registry_monuments");
        metrics.refresh();
        double before = metric("registry_monuments");
        metrics.refresh();
        Api.newMonument();
        metrics.refresh(); // nobody read the gauges since the last refresh: no queries, the old figure stays
        assertEquals(before, metric("registry_monuments"));
        metrics.refresh(); // the scrape above read them
        assertEquals(before + 1, metric("registry_monuments"));
        assertEquals(count("select count(*) from monument"), metric("registry_monuments"));
    }

    @Test
    void everyResponseCarriesARequestIdAndEveryLogLineOfTheRequestToo() {
        given().header("X-Request-Id", "lb-7f3a.2").get("/api/v1/sites").then().statusCode(200).header("X-Request-Id", "lb-7f3a.2");
        given().get("/api/v1/sites").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "x\" forged=\"1").get("/q/health/live").then().header("X-Request-Id", matchesPattern(UUID_PATTERN));

        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("org.heritageregistry.account");
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "trace-login-1").auth().preemptive().basic("reviewer", "wrong-password")
                    .get("/api/v1/sites").then().statusCode(401).header("X-Request-Id", "trace-login-1");
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(records.stream().anyMatch(r -> "trace-login-1".equals(r.getMdc("requestId")) && r.getFormattedMessage().contains("reviewer")),
                "the failed sign-in was not logged with the request id: " + records.stream().map(r -> r.getMdc("requestId") + " " + r.getFormattedMessage()).toList());
        assertTrue(records.stream().noneMatch(r -> r.getFormattedMessage().contains("wrong-password")), "a password reached the log");
    }

    private static double metric(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private double count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
