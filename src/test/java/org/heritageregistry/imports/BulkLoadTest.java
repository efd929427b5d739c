package org.heritageregistry.imports;

import static org.heritageregistry.imports.ImportJobs.NDJSON;
import static org.heritageregistry.imports.ImportJobs.finished;
import static org.heritageregistry.imports.ImportJobs.start;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.heritageregistry.condition.FullDerivationCheck;
import org.heritageregistry.feed.Feed;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The set-based load of report rows (a run of rows recorded together, a table at a time, derived
 * once per monument) leaves what the API's writes, one claim at a time, would have left: the same
 * report, audit line and feed entry for the same claim; over many batches of mixed claims, the
 * derived condition and conflicts of every monument equal the full derivation's, and every claim
 * has its audit line and its feed entry, once.
 */
@QuarkusTest
@DatabaseTest
class BulkLoadTest {

    @Inject
    EntityManager entities;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATES = { "2015-08-23", "2015-08", "2015-08~", "2015-07-23/2015-08-23", "../2015-09-02", "2015-10-04", "2015-05",
            "2016-03-27", "2015", "2014-06", "2017-01-20", "2010/2016", "2016-09" };
    private static final String[] CONDITIONS = { "DESTROYED", "DESTROYED", "SEVERELY_DAMAGED", "MODERATELY_DAMAGED", "INTACT", "UNKNOWN" };
    private static final String[] CAUSES = { "EXPLOSIVES", "HEAVY_WEAPONRY", "BULLDOZING", "UNKNOWN" };

    @Test
    void aClaimLoadedInBulkReadsExactlyAsTheSameClaimPosted() throws JsonProcessingException {
        String posted = Api.newMonument();
        String loaded = Api.newMonument();
        String source = Api.newSource(false);
        String relay = Api.newSource(false);
        String start = Feed.end();

        String postedId = as(CURATOR).contentType(ContentType.JSON).body(claim(posted, source, relay)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
        String row = JSON.writeValueAsString(Map.of("type", "report", "id", "rich-" + UUID.randomUUID(), "data", claim(loaded, source, relay)));
        JsonPath job = finished(start(CURATOR, NDJSON, row));
        assertEquals(1, job.getInt("rowsCreated"), job.prettify());
        List<Map<String, Object>> reports = Api.allItems(REVIEWER, "/api/v1/monuments/" + loaded + "/reports");
        assertEquals(1, reports.size());
        String loadedId = (String) reports.get(0).get("id");

        // the report as the API shows it: every field the same but its id, its monument and when
        String postedView = as(REVIEWER).get("/api/v1/reports/" + postedId).then().statusCode(200).extract().asString();
        String loadedView = as(REVIEWER).get("/api/v1/reports/" + loadedId).then().statusCode(200).extract().asString();
        assertEquals(normalised(postedView, postedId, posted), normalised(loadedView, loadedId, loaded));
        assertEquals(as(REVIEWER).get("/api/v1/reports/" + postedId).header("ETag"), as(REVIEWER).get("/api/v1/reports/" + loadedId).header("ETag"));

        // the audit line and the feed entry, the same but for the same differences
        assertEquals(normalised(auditOf(postedId), postedId, posted), normalised(auditOf(loadedId), loadedId, loaded));
        List<Map<String, Object>> changes = Feed.after(start, 100);
        assertEquals(normalised(feedEntry(changes, postedId), postedId, posted), normalised(feedEntry(changes, loadedId), loadedId, loaded));
        FullDerivationCheck.assertDerivedAsFully(loaded, "the import");
    }

    @Test
    void manyBatchesOfMixedClaimsLeaveEveryMonumentDerivedAsFullyWithOneAuditLineAndOneFeedEntryEach() throws JsonProcessingException {
        List<String> monuments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            monuments.add(Api.newMonument());
        }
        String source = Api.newSource(false);
        String start = Feed.end();
        Random random = new Random(20);
        StringBuilder file = new StringBuilder();
        // five batches of the tests' 100 (%test.registry.imports.batch-size) on two monuments: the later
        // batches' windows take in up to 250 claims of a monument, past the 200 above which
        // ConflictService finds their conflicts in two reads
        int rows = 500;
        for (int i = 0; i < rows; i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("monumentId", monuments.get(random.nextInt(monuments.size())));
            data.put("condition", CONDITIONS[random.nextInt(CONDITIONS.length)]);
            data.put("causes", List.of(CAUSES[random.nextInt(CAUSES.length)]));
            data.put("eventDate", DATES[random.nextInt(DATES.length)]);
            data.put("certainty", random.nextBoolean() ? "HIGH" : "LOW");
            data.put("sourceId", source);
            data.put("summary", "Bulk claim " + i);
            file.append(JSON.writeValueAsString(Map.of("type", "report", "data", data))).append('\n');
        }
        JsonPath job = finished(start(CURATOR, NDJSON, file.toString()));
        assertEquals(rows, job.getInt("rowsCreated"), job.prettify());
        assertEquals(0, job.getInt("rowsSkipped"));
        assertEquals(0, job.getInt("rowsFailed"));

        Set<String> ids = new java.util.HashSet<>();
        for (String monument : monuments) {
            FullDerivationCheck.assertDerivedAsFully(monument, "an import of " + rows + " claims");
            Api.allItems(REVIEWER, "/api/v1/monuments/" + monument + "/reports").forEach(r -> ids.add((String) r.get("id")));
        }
        assertEquals(rows, ids.size());

        List<Map<String, Object>> changes = Feed.after(start, 100);
        Map<String, Long> submitted = changes.stream().filter(c -> "REPORT_SUBMITTED".equals(c.get("kind")))
                .collect(Collectors.groupingBy(c -> (String) c.get("reportId"), Collectors.counting()));
        assertEquals(ids, submitted.keySet(), "a feed entry for every claim");
        assertTrue(submitted.values().stream().allMatch(n -> n == 1), "and only one");
        // the feed's last word on each monument's condition is the monument's condition
        Map<String, Object> lastCondition = new HashMap<>();
        changes.stream().filter(c -> "MONUMENT_CONDITION_CHANGED".equals(c.get("kind"))).forEach(c -> lastCondition.put((String) c.get("monumentId"), c.get("condition")));
        for (String monument : monuments) {
            Object condition = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().path("currentCondition");
            assertEquals(condition, lastCondition.getOrDefault(monument, "UNKNOWN"), monument);
        }
        // one audit line each (counted in the database: the audit API pages through one entity at a time)
        List<String> idList = List.copyOf(ids);
        Number lines = QuarkusTransaction.requiringNew().call(() -> (Number) entities.createNativeQuery(
                "select count(*) from audit_event where action = 'REPORT_SUBMITTED' and actor = ?1 and entity_type = 'report' and entity_id in (?2)")
                .setParameter(1, CURATOR).setParameter(2, idList).getSingleResult());
        assertEquals(rows, lines.intValue());
    }

    private static Map<String, Object> claim(String monument, String source, String relay) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("monumentId", monument);
        claim.put("condition", "SEVERELY_DAMAGED");
        claim.put("conditionWording", "the cella's walls stand; the portico is rubble");
        claim.put("extent", "61-90%");
        claim.put("causes", List.of("EXPLOSIVES", "BULLDOZING"));
        claim.put("eventDate", "2015-08-23/2015-08-30");
        claim.put("publishedOn", "2015-09-01");
        claim.put("certainty", "MEDIUM");
        claim.put("certaintyWording", "appears to show");
        claim.put("sourceId", source);
        claim.put("relayedById", relay);
        claim.put("summary", "Imagery of 31 August shows the cella gone — معبد بل");
        claim.put("evidence", List.of(
                Map.of("kind", "SATELLITE_IMAGE", "description", "Airbus imagery of 31 August 2015", "url", "https://unosat.org/palmyra-bel", "credit",
                        "UNITAR-UNOSAT", "acquiredOn", "2015-08-31", "locator", "figure 2"),
                Map.of("kind", "ARTICLE", "description", "A news item")));
        return claim;
    }

    /** A JSON text with the given report id and monument id in place of the ones that differ, and no instants. */
    private static String normalised(String json, String reportId, String monumentId) {
        return json.replace(reportId, "<report>").replace(monumentId, "<monument>").replaceAll("\"(submittedAt|occurredAt|recordedAt|at)\":\"[^\"]*\"", "")
                .replaceAll("\"(position|id)\":[0-9]+", "").replaceAll("\"cursor\":\"[^\"]*\"", "");
    }

    private static String auditOf(String reportId) throws JsonProcessingException {
        List<Map<String, Object>> lines = Api.allItems(ADMIN, "/api/v1/audit?entityType=report&entityId=" + reportId);
        assertEquals(1, lines.size(), lines.toString());
        return JSON.writeValueAsString(lines.get(0));
    }

    private static String feedEntry(List<Map<String, Object>> changes, String reportId) throws JsonProcessingException {
        List<Map<String, Object>> mine = changes.stream().filter(c -> reportId.equals(c.get("reportId"))).toList();
        assertEquals(1, mine.size(), mine.toString());
        return JSON.writeValueAsString(mine.get(0));
    }
}
