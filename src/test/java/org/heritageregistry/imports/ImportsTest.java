package org.heritageregistry.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.heritageregistry.imports.ImportJobs.NDJSON;
import static org.heritageregistry.imports.ImportJobs.bytes;
import static org.heritageregistry.imports.ImportJobs.finished;
import static org.heritageregistry.imports.ImportJobs.start;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.heritageregistry.condition.FullDerivationCheck;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Bulk imports through the API: the second site's file loads as the API would have written it
 * (audit, feed, conflicts), a file sent again adds nothing, a dry run lists every error by line
 * and changes nothing, an invalid file changes nothing, a row the registry refuses at load time
 * fails alone, report rows between monument and source rows of one batch load and count as
 * alone, and the owner rule holds.
 */
@QuarkusTest
@DatabaseTest
class ImportsTest {

    @Inject
    Scheduler scheduler;

    private static final Path NIMRUD = Path.of("src/main/resources/imports/nimrud-2015-2016.ndjson");

    @Test
    void theNimrudFileLoadsThroughTheApiAndASecondSendingAddsNothing() throws IOException {
        String file = Files.readString(NIMRUD, StandardCharsets.UTF_8);
        long before = Api.allItems(CURATOR, "/api/v1/monuments").size();

        JsonPath dry = as(CURATOR).contentType(NDJSON).body(bytes(file)).queryParam("dryRun", true).post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
        assertEquals(true, dry.getBoolean("valid"), dry.prettify());
        assertEquals(16, dry.getInt("rows"));
        assertEquals(3, dry.getInt("monuments"));
        assertEquals(7, dry.getInt("reports"));
        assertEquals(before, Api.allItems(CURATOR, "/api/v1/monuments").size(), "a dry run changes nothing");

        JsonPath job = finished(start(CURATOR, NDJSON, file));
        assertEquals(0, job.getInt("rowsFailed"), job.prettify());
        assertEquals(16, job.getInt("rowsDone"));
        // the seed already has the site (and the Associated Press): those rows add nothing
        assertTrue(job.getInt("rowsCreated") >= 12, job.prettify());
        assertEquals(16, job.getInt("rowsCreated") + job.getInt("rowsSkipped"));

        // the records, as the API shows them
        anonymous().get("/api/v1/monuments/nimrud-north-west-palace").then().statusCode(200).body("siteId", equalTo("nimrud"))
                .body("location.latitude", equalTo(36.098722f)).body("locationCertainty", equalTo("HIGH"));
        anonymous().get("/api/v1/monuments/nimrud-ziggurat").then().statusCode(200).body("locationCertainty", equalTo("LOW"));
        List<Map<String, Object>> palace = Api.allItems(REVIEWER, "/api/v1/monuments/nimrud-north-west-palace/reports");
        assertEquals(3, palace.size(), palace.toString());
        assertTrue(palace.stream().anyMatch(r -> "ASOR Cultural Heritage Initiatives".equals(((Map<?, ?>) r.get("source")).get("name"))), palace.toString());
        assertTrue(palace.stream().allMatch(r -> CURATOR.equals(r.get("submittedBy"))), "the rows are recorded as the importer's");
        anonymous().queryParam("site", "nimrud").queryParam("incidentKind", "CONTROL").queryParam("limit", 100).get("/api/v1/reports").then().statusCode(200)
                .body("items.summary", hasItem(containsString("bulldozed it with heavy vehicles")));
        // the derivation ran: the latest claim about the palace is the AP's, and SEVERELY_DAMAGED (March 2015) against DESTROYED (up to November 2016) is a conflict
        anonymous().get("/api/v1/monuments/nimrud-north-west-palace").then().body("currentCondition", equalTo("UNKNOWN"));
        List<Map<String, Object>> conflicts = Api.allItems(REVIEWER, "/api/v1/monuments/nimrud-north-west-palace/conflicts");
        assertTrue(conflicts.stream().anyMatch(c -> "CONDITION".equals(c.get("kind"))), conflicts.toString());

        // audited and in the feed, as the API's writes are
        String jobId = job.getString("id");
        List<String> actions = Api.allItems(ADMIN, "/api/v1/audit?entityType=import&entityId=" + jobId).stream().map(e -> (String) e.get("action")).toList();
        assertTrue(actions.containsAll(List.of("IMPORT_STARTED", "IMPORT_FINISHED")), actions.toString());
        assertTrue(Api.allItems(ADMIN, "/api/v1/audit?entityType=monument&entityId=nimrud-ziggurat").stream()
                .anyMatch(e -> "MONUMENT_CREATED".equals(e.get("action")) && CURATOR.equals(e.get("actor"))));

        // the same file again: every row is known, nothing is added
        int reports = Api.allItems(REVIEWER, "/api/v1/monuments/nimrud-ziggurat/reports").size();
        JsonPath again = finished(start(CURATOR, NDJSON, file));
        assertEquals(0, again.getInt("rowsCreated"), again.prettify());
        assertEquals(16, again.getInt("rowsSkipped"));
        assertEquals(reports, Api.allItems(REVIEWER, "/api/v1/monuments/nimrud-ziggurat/reports").size());
    }

    @Test
    void aDryRunListsEveryErrorByLineAndChangesNothing() {
        String monument = "import-" + UUID.randomUUID().toString().substring(0, 8);
        String file = String.join("\n",
                "{\"type\":\"monument\",\"data\":{\"id\":\"" + monument + "\",\"siteId\":\"palmyra\",\"name\":\"Imported\",\"category\":\"TEMPLE\"}}",
                "{\"type\":\"report\",\"id\":\"r1\",\"source\":\"Associated Press\",\"data\":{\"monumentId\":\"" + monument
                        + "\",\"condition\":\"DESTROYED\",\"causes\":[\"EXPLOSIVES\"],\"eventDate\":\"2015-13\",\"certainty\":\"HIGH\"}}",
                "not json",
                "{\"type\":\"statue\",\"data\":{}}",
                "{\"type\":\"report\",\"id\":\"r2\",\"source\":\"No such source anywhere\",\"data\":{\"monumentId\":\"no-such-monument\",\"condition\":\"DESTROYED\","
                        + "\"causes\":[\"EXPLOSIVES\"],\"eventDate\":\"2015-08\",\"certainty\":\"HIGH\"}}",
                "{\"type\":\"report\",\"id\":\"r1\",\"source\":\"Associated Press\",\"data\":{\"monumentId\":\"" + monument
                        + "\",\"condition\":\"DESTROYED\",\"causes\":[\"EXPLOSIVES\"],\"eventDate\":\"2015-08\",\"certainty\":\"HIGH\"}}",
                "{\"type\":\"site\",\"data\":{\"id\":\"x-site\",\"name\":\"X\",\"country\":\"SY\",\"shape\":1}}",
                // the seed's "Associated Press (AP)" by another name: registerSource would answer 409, an import names the candidate
                "{\"type\":\"source\",\"id\":\"ap\",\"data\":{\"name\":\"Associated Press\",\"kind\":\"NEWS_AGENCY\",\"reliability\":\"B\"}}");
        JsonPath dry = as(CURATOR).contentType(NDJSON).body(bytes(file)).queryParam("dryRun", true).post("/api/v1/imports").then().statusCode(200).extract().jsonPath();
        assertEquals(false, dry.getBoolean("valid"));
        assertEquals(8, dry.getInt("rows") + 2, dry.prettify()); // the two lines that are not rows are errors, not rows
        List<String> errors = new ArrayList<>();
        dry.getList("errors", Map.class).forEach(e -> errors.add(e.get("line") + " " + e.get("field")));
        assertTrue(errors.containsAll(List.of("2 data.eventDate", "3 null", "4 type", "5 source", "5 data.monumentId", "6 id", "7 data.shape", "8 data.name")), errors.toString());
        assertEquals(dry.getInt("errorCount"), errors.size());

        // sent for real, the same file is a 400 naming the lines, and nothing is kept
        int jobs = Api.allItems(CURATOR, "/api/v1/imports").size();
        Api.asBreakingContract(CURATOR).contentType(NDJSON).body(bytes(file)).post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/invalid-import")).body("errors.field", hasItem("line 2: data.eventDate"));
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(404);
        assertEquals(jobs, Api.allItems(CURATOR, "/api/v1/imports").size());
    }

    @Test
    void csvInTheColumnsOfTheExportLoadsReportsAndFindsSourcesByName() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String name = as(CURATOR).get("/api/v1/sources/" + source).then().extract().path("name");
        String csv = "id,monumentId,incidentKind,condition,causes,eventDate,certainty,sourceId,sourceName,summary,status\r\n"
                + "ext-1," + monument + ",CONDITION,DESTROYED,EXPLOSIVES;BULLDOZING,2015-08-30,HIGH,0d5c5e5e-0000-4000-8000-000000000000," + name + ",\"Blown up, then cleared\",VERIFIED\r\n"
                + "ext-2," + monument + ",CONDITION,INTACT,UNKNOWN,2014-06,MEDIUM,," + name + ",Before,UNVERIFIED\r\n";
        JsonPath job = finished(start(CURATOR, "text/csv", csv));
        assertEquals(2, job.getInt("rowsCreated"), job.prettify());
        List<Map<String, Object>> reports = Api.allItems(REVIEWER, "/api/v1/monuments/" + monument + "/reports");
        assertEquals(2, reports.size());
        // a foreign registry's sourceId is not this one's: the name found the source; the status column is the other registry's, not ours
        assertTrue(reports.stream().allMatch(r -> source.equals(((Map<?, ?>) r.get("source")).get("id")) && "UNVERIFIED".equals(r.get("status"))), reports.toString());
        assertTrue(reports.stream().anyMatch(r -> "Blown up, then cleared".equals(r.get("summary")) && ((List<?>) r.get("causes")).size() == 2));

        Api.asBreakingContract(CURATOR).contentType("text/csv").body(bytes("monumentId,colour\r\n" + monument + ",red\r\n")).queryParam("dryRun", true)
                .post("/api/v1/imports").then().statusCode(200).body("valid", equalTo(false)).body("errors[0].field", equalTo("colour"));
    }

    @Test
    void aRowTheRegistryRefusesWhenLoadedFailsAloneWithItsLine() {
        String open = Api.newMonument();
        String closing = Api.newMonument();
        String source = Api.newSource(false);
        StringBuilder file = new StringBuilder();
        int rows = 400;
        for (int i = 0; i < rows; i++) {
            file.append(reportRow("bulk-" + UUID.randomUUID(), open, source, "2015-0" + (1 + i % 9))).append('\n');
        }
        file.append(reportRow("last-" + UUID.randomUUID(), closing, source, "2015-09")).append('\n');
        // retired after the check, before the loader reaches the file (paused until then)
        scheduler.pause(ImportLoader.JOB);
        String location;
        try {
            location = start(CURATOR, NDJSON, file.toString());
            as(ADMIN).contentType("application/json").body(Map.of("reason", "Recorded twice")).post("/api/v1/monuments/" + closing + "/retirement").then()
                    .statusCode(200);
        } finally {
            scheduler.resume(ImportLoader.JOB);
        }
        JsonPath job = finished(location);
        assertEquals(rows, job.getInt("rowsCreated"), job.prettify());
        assertEquals(1, job.getInt("rowsFailed"));
        assertEquals(rows + 1, job.getInt("failures[0].line"));
        assertTrue(job.getString("failures[0].message").contains("retired"), job.prettify());
        assertEquals(rows, Api.allItems(REVIEWER, "/api/v1/monuments/" + open + "/reports").size());
    }

    @Test
    void reportRowsBetweenMonumentAndSourceRowsOfOneBatchLoadOnceEachOnTheirMonument() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "interleaved-" + tag + "-a";
        String second = "interleaved-" + tag + "-b";
        String firstSource = "Test source " + UUID.randomUUID();
        String secondSource = "Test source " + UUID.randomUUID();
        // one batch: runs of reports, each followed by a row loaded alone, on the monument the run just derived
        String file = String.join("\n",
                monumentRow(first),
                sourceRow("s1-" + tag, firstSource),
                reportRow("r1-" + tag, first, "s1-" + tag, "2015-03"),
                reportRow("r2-" + tag, first, "s1-" + tag, "2015-05"),
                monumentRow(second),
                reportRow("r3-" + tag, second, "s1-" + tag, "2015-04"),
                reportRow("r4-" + tag, first, "s1-" + tag, "2015-08"),
                sourceRow("s2-" + tag, secondSource),
                reportRow("r5-" + tag, second, "s2-" + tag, "2015-09"));
        JsonPath job = finished(start(CURATOR, NDJSON, file));
        assertEquals(0, job.getInt("rowsFailed"), job.prettify());
        assertEquals(9, job.getInt("rowsCreated"), job.prettify());
        assertEquals(0, job.getInt("rowsSkipped"));
        assertEquals(3, Api.allItems(REVIEWER, "/api/v1/monuments/" + first + "/reports").size());
        List<Map<String, Object>> onSecond = Api.allItems(REVIEWER, "/api/v1/monuments/" + second + "/reports");
        assertEquals(Set.of(firstSource, secondSource), onSecond.stream().map(r -> ((Map<?, ?>) r.get("source")).get("name")).collect(Collectors.toSet()));
        FullDerivationCheck.assertDerivedAsFully(first, "an import of interleaved rows");
        FullDerivationCheck.assertDerivedAsFully(second, "an import of interleaved rows");

        // again: every run of reports records nothing, and the job still counts each row
        JsonPath again = finished(start(CURATOR, NDJSON, file));
        assertEquals(0, again.getInt("rowsCreated"), again.prettify());
        assertEquals(9, again.getInt("rowsSkipped"));
        assertEquals(3, Api.allItems(REVIEWER, "/api/v1/monuments/" + first + "/reports").size());
    }

    @Test
    void onlyCuratorsAndAdminsImportAndACuratorSeesOnlyTheirOwnJobs() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String row = reportRow("own-" + UUID.randomUUID(), monument, source, "2015-08");
        Api.anonymousBreakingContract().contentType(NDJSON).body(bytes(row)).post("/api/v1/imports").then().statusCode(401);
        Api.asBreakingContract(REVIEWER).contentType(NDJSON).body(bytes(row)).post("/api/v1/imports").then().statusCode(403);
        String location = start(CURATOR, NDJSON, row);
        String id = location.substring(location.lastIndexOf('/') + 1);
        Api.asBreakingContract(CURATOR2).get("/api/v1/imports/" + id).then().statusCode(404);
        as(ADMIN).get("/api/v1/imports/" + id).then().statusCode(200).body("createdBy", equalTo(CURATOR));
        assertTrue(Api.allItems(CURATOR2, "/api/v1/imports").stream().noneMatch(j -> id.equals(j.get("id"))));
        assertTrue(Api.allItems(ADMIN, "/api/v1/imports").stream().anyMatch(j -> id.equals(j.get("id"))));
        Api.asBreakingContract(CURATOR).queryParam("colour", "red").get("/api/v1/imports").then().statusCode(400);
        Api.asBreakingContract(CURATOR).contentType("application/json").body("{}").post("/api/v1/imports").then().statusCode(415);
        finished(location);
    }

    private static String monumentRow(String id) {
        return "{\"type\":\"monument\",\"data\":{\"id\":\"" + id + "\",\"siteId\":\"palmyra\",\"name\":\"Imported " + id + "\",\"category\":\"TEMPLE\"}}";
    }

    private static String sourceRow(String id, String name) {
        return "{\"type\":\"source\",\"id\":\"" + id + "\",\"data\":{\"name\":\"" + name + "\",\"kind\":\"NEWS_AGENCY\",\"reliability\":\"C\"}}";
    }

    private static String reportRow(String id, String monument, String source, String eventDate) {
        return "{\"type\":\"report\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"data\":{\"monumentId\":\"" + monument
                + "\",\"condition\":\"DESTROYED\",\"causes\":[\"EXPLOSIVES\"],\"eventDate\":\"" + eventDate + "\",\"certainty\":\"HIGH\"}}";
    }
}
