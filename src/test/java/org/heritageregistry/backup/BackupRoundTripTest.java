package org.heritageregistry.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.monument.MonumentVersions;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Export, wipe, import, export again: the two exports must be identical line for line, which
 * compares every column of every row of every table. The test leaves the database as it found it
 * (restored from its own export), so other tests see the same data.
 */
@QuarkusTest
@DatabaseTest
class BackupRoundTripTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    MonumentVersions versions;

    @Test
    void exportWipeImportGivesBackEveryRecordExactly() throws Exception {
        // data of every kind: a revision chain, a decision with evidence, a confidential source, a conflict
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String first = Api.submit(CURATOR, Api.report(monument, secret, "DESTROYED", "2015-08-30"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "INTACT", "2015-08-31"));
        String etag = Api.as(CURATOR).get("/api/v1/reports/" + first).then().statusCode(200).extract().header("ETag");
        String amended = Api.as(CURATOR).header("If-Match", etag).contentType("application/json")
                .body(Api.report(monument, secret, "DESTROYED", "2015-08-30~")).post("/api/v1/reports/" + first + "/revisions")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> verified = Api.decision("VERIFIED", "Consistent with UNOSAT imagery of 31 August 2015.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(REVIEWER, amended, verified).statusCode(201);
        // a merged source: it names its survivor (restored after every source row exists), and an edit's revision
        String duplicate = Api.newSource(false);
        String survivor = Api.newSource(false);
        Api.submit(CURATOR, Api.report(monument, duplicate, "SEVERELY_DAMAGED", "2015-08-29"));
        String duplicateTag = Api.as(CURATOR).get("/api/v1/sources/" + duplicate).then().statusCode(200).extract().header("ETag");
        Api.as(CURATOR).contentType("application/json").header("If-Match", duplicateTag).body(Map.of("into", survivor))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(200);
        String monumentBefore = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().asString();
        String historyBefore = Api.anonymous().get("/api/v1/monuments/" + monument + "/history").then().statusCode(200).extract().asString();
        // a curated site of the test's own: a boundary, an Arabic name, an edit kept in site_revision
        String site = "test-site-backup-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.as(CURATOR).contentType("application/json").body(Map.of("id", site, "name", "Test site " + site, "country", "SY",
                "names", List.of(Map.of("name", "تدمر", "lang", "ar")),
                "boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(38.25, 34.55), List.of(38.28, 34.55), List.of(38.28, 34.54),
                        List.of(38.25, 34.55))))))
                .post("/api/v1/sites").then().statusCode(201);
        String siteEtag = Api.anonymous().get("/api/v1/sites/" + site).then().statusCode(200).extract().header("ETag");
        Api.as(CURATOR).contentType("application/merge-patch+json").header("If-Match", siteEtag)
                .body("{\"wikidata\":\"Q5747\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).patch("/api/v1/sites/" + site).then().statusCode(200);
        String siteBefore = Api.anonymous().get("/api/v1/sites/" + site).then().statusCode(200).extract().asString();
        String siteRevisionsBefore = Api.anonymous().get("/api/v1/sites/" + site + "/revisions").then().statusCode(200).extract().asString();

        String before = export();
        List<JsonNode> lines = parse(before);
        assertEquals("heritage-registry-export", lines.get(0).path("format").asText());
        assertFalse(before.contains("password_hash"), "an export must never hold password hashes");
        assertFalse(before.contains("$2a$"), "an export must never hold password hashes");
        assertTrue(before.contains(secret), "the admin's export holds confidential sources too");
        Set<String> tables = new TreeSet<>();
        lines.stream().filter(l -> l.has("table")).forEach(l -> tables.add(l.get("table").asText()));
        assertTrue(tables.containsAll(Set.of("account", "site", "site_name", "monument", "monument_name", "source", "source_revision", "damage_report", "report_cause",
                "report_evidence", "decision", "decision_evidence", "conflict", "conflict_report", "audit_event", "registry_change", "site_revision")), "tables in the export: " + tables);

        wipeRegistryData();
        deleteAccount("disabled"); // comes back from the export, without a password
        Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(404);

        // report rows in reverse: a revision then comes before or after the one it supersedes,
        // whichever its random id did not give, so the import must not depend on row order
        var response = admin().body(reversed(before, "damage_report")).post("/api/v1/admin/import");
        assertEquals(200, response.statusCode(), "import refused: " + response.asString());
        ObjectNode summary = (ObjectNode) JSON.readTree(response.asString());
        assertTrue(summary.path("imported").toString().contains("{\"table\":\"damage_report\",\"rows\":" + countRows(lines, "damage_report") + "}"), summary.toString());
        assertTrue(summary.path("accountsKept").toString().contains("admin"));
        assertFalse(summary.path("accountsKept").toString().contains("disabled"));

        String after = export();
        assertSameExport(before, after);
        assertEquals(monumentBefore, Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().asString());
        assertEquals(historyBefore, Api.anonymous().get("/api/v1/monuments/" + monument + "/history").then().statusCode(200).extract().asString());
        assertEquals(siteBefore, Api.anonymous().get("/api/v1/sites/" + site).then().statusCode(200).extract().asString());
        assertEquals(siteRevisionsBefore, Api.anonymous().get("/api/v1/sites/" + site + "/revisions").then().statusCode(200).extract().asString());
        assertEquals(1, scalar("select count(*) from account where username = 'disabled' and password_hash not like '$2%'"));
        Api.anonymous().redirects().follow(false).get("/api/v1/sources/" + duplicate).then().statusCode(308);

        // the registry keeps working on restored data: new audit ids continue after the imported ones
        Api.decide(Api.REVIEWER2, amended, Api.decision("DISPUTED", "A second reading after the restore.")).statusCode(201);
        assertEquals(scalar("select count(*) from audit_event"), scalar("select count(distinct id) from audit_event"));
    }

    @Test
    void importIntoARegistryWithDataIsRefusedAndChangesNothing() throws Exception {
        String before = export();
        problem(admin().body(before).post("/api/v1/admin/import").then(), 409, "/problems/registry-not-empty");
        assertSameExport(before, export());
    }

    @Test
    void brokenExportsAreRefusedWithTheLineAndLeaveTheRegistryEmpty() throws Exception {
        String good = export();
        List<String> lines = new ArrayList<>(good.lines().toList());
        wipeRegistryData();
        try {
            String cut = String.join("\n", lines.subList(0, lines.size() / 2)) + "\n";
            problem(post(cut), 400, "/problems/invalid-export").body("detail", containsString("without its trailer"));
            assertEquals(0, scalar("select count(*) from site"));

            String wrongCount = good.replace("\"site\":" + countRows(parse(good), "site"), "\"site\":" + (countRows(parse(good), "site") + 1));
            problem(post(wrongCount), 400, "/problems/invalid-export").body("detail", containsString("trailer counts"));
            assertEquals(0, scalar("select count(*) from damage_report"));

            String otherSchema = good.replaceFirst("\"schemaVersion\":\"[0-9.]+\"", "\"schemaVersion\":\"1\"");
            problem(post(otherSchema), 422, "/problems/schema-version-mismatch");

            List<String> unknownColumn = new ArrayList<>(lines);
            int siteLine = indexOf(lines, "\"table\":\"site\"");
            unknownColumn.set(siteLine, unknownColumn.get(siteLine).replace("\"row\":{", "\"row\":{\"password\":\"x\","));
            problem(post(String.join("\n", unknownColumn)), 400, "/problems/invalid-export").body("detail", equalTo("line " + (siteLine + 1) + ": site has no column 'password'"));

            List<String> badValue = new ArrayList<>(lines);
            int reportLine = indexOf(lines, "\"table\":\"damage_report\"");
            badValue.set(reportLine, badValue.get(reportLine).replaceFirst("\"submitted_at\":\"[^\"]+\"", "\"submitted_at\":\"yesterday\""));
            problem(post(String.join("\n", badValue)), 400, "/problems/invalid-export").body("detail", containsString("damage_report.submitted_at"));

            problem(post("not json\n"), 400, "/problems/invalid-export").body("detail", containsString("line 1"));
            assertEquals(0, scalar("select count(*) from site") + scalar("select count(*) from damage_report") + scalar("select count(*) from decision"));
        } finally {
            wipeRegistryData();
            admin().body(good).post("/api/v1/admin/import").then().statusCode(200);
        }
        assertSameExport(good, export());
    }

    @Test
    void aRevisionIsRestoredWhenItComesBeforeTheOneItCorrects() throws Exception {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String first = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Api.amend(CURATOR, first, Api.report(monument, source, "DESTROYED", "2015-08-30~")).statusCode(201);
        String good = export();
        // reports go by id, which is random, so a revision may come before the revision it corrects: make every one do
        List<String> lines = new ArrayList<>(good.lines().toList());
        List<String> reports = lines.stream().filter(l -> l.contains("\"table\":\"damage_report\"")).toList();
        List<String> revisionsFirst = new ArrayList<>(reports.stream().filter(l -> l.contains("\"supersedes_id\":\"")).toList());
        assertFalse(revisionsFirst.isEmpty());
        revisionsFirst.addAll(reports.stream().filter(l -> !l.contains("\"supersedes_id\":\"")).toList());
        int start = lines.indexOf(reports.get(0));
        for (int i = 0; i < revisionsFirst.size(); i++) {
            lines.set(start + i, revisionsFirst.get(i));
        }
        wipeRegistryData();
        try {
            post(String.join("\n", lines) + "\n").statusCode(200);
        } finally {
            if (scalar("select count(*) from site") == 0) {
                post(good); // leave the data for the other tests, as far as that goes
            }
        }
        assertSameExport(good, export());
    }

    @Test
    void everyTableIsExportedOrDeliberatelyLeftOut() throws SQLException {
        Set<String> unaccounted = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (RegistryTables.named(name) == null && !RegistryTables.NOT_EXPORTED.contains(name)) {
                    unaccounted.add(name);
                }
            }
        }
        assertTrue(unaccounted.isEmpty(), "tables neither exported nor listed in RegistryTables.NOT_EXPORTED: " + unaccounted);
    }

    /** The admin, sending NDJSON as text (REST Assured knows no encoder for it otherwise). */
    private static RequestSpecification admin() {
        return Api.as(ADMIN).config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(NDJSON, ContentType.TEXT).defaultCharsetForContentType("UTF-8", NDJSON)))
                .contentType(NDJSON);
    }

    private ValidatableResponse post(String body) {
        return admin().body(body).post("/api/v1/admin/import").then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json").body("type", equalTo(type));
    }

    private static String export() {
        return admin().accept(NDJSON).get("/api/v1/admin/export").then().statusCode(200).contentType(NDJSON).extract().asString();
    }

    private static List<JsonNode> parse(String ndjson) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : ndjson.lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static String reversed(String ndjson, String table) {
        List<String> lines = new ArrayList<>(ndjson.lines().toList());
        String marker = "{\"table\":\"" + table + "\",";
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(marker)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        java.util.Collections.reverse(lines.subList(first, last + 1));
        return String.join("\n", lines) + "\n";
    }

    private static long countRows(List<JsonNode> lines, String table) {
        return lines.stream().filter(l -> table.equals(l.path("table").asText())).count();
    }

    private static int indexOf(List<String> lines, String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    /** Line by line, naming the first difference; only the header's export time may differ. */
    private static void assertSameExport(String expected, String actual) {
        List<String> want = expected.replaceFirst("\"exportedAt\":\"[^\"]+\"", "").lines().toList();
        List<String> got = actual.replaceFirst("\"exportedAt\":\"[^\"]+\"", "").lines().toList();
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), "line " + (i + 1) + " of the export differs");
        }
        assertEquals(want.size(), got.size(), "the exports have different lengths");
    }

    private void wipeRegistryData() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update damage_report set superseded_by_id = null, supersedes_id = null");
            statement.executeUpdate("update source set merged_into = null");
            for (String table : List.of("change_intake", "registry_change", "audit_event", "conflict_report", "conflict", "decision_evidence", "decision", "report_evidence", "report_cause", "idempotency_key",
                    "damage_report", "source_revision", "source_alias", "source", "monument_revision", "monument_name", "monument", "site_revision", "site_name", "site")) {
                statement.executeUpdate("delete from " + table);
            }
        }
        // rows deleted behind the service's back: it must be told, as an operator would (NOTIFY ..., '*')
        versions.forgetAll();
    }

    private void deleteAccount(String username) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from account where username = '" + username + "'");
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
