package org.heritageregistry.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class ChangeFeedTest {

    @Test
    void everyKindOfChangeInCommitOrderAndResumableFromAnyCursor() {
        String start = Feed.end();
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Map<String, Object> verified = Api.decision("VERIFIED", "UNOSAT imagery of 31 August 2015.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        String decision = Api.decide(REVIEWER, report, verified).statusCode(201).extract().path("id");
        String revision = Api.amend(CURATOR, report, Api.report(monument, source, "DESTROYED", "2015-08-30~")).statusCode(201).extract().path("id");
        Api.as(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Recorded twice")).post("/api/v1/monuments/" + monument + "/retirement")
                .then().statusCode(200).body("retired", equalTo(true));

        List<Map<String, Object>> mine = Feed.after(start, 100).stream().filter(c -> monument.equals(c.get("monumentId"))).toList();
        assertEquals(List.of("MONUMENT_CREATED", "REPORT_SUBMITTED", "DECISION_MADE", "MONUMENT_CONDITION_CHANGED", "REPORT_AMENDED",
                "MONUMENT_CONDITION_CHANGED", "MONUMENT_RETIRED"), mine.stream().map(c -> c.get("kind")).toList());
        assertEquals(report, mine.get(1).get("entityId"));
        assertEquals("/api/v1/reports/" + report, mine.get(1).get("link"));
        assertEquals(decision, mine.get(2).get("entityId"));
        assertEquals(Map.of("status", "VERIFIED"), mine.get(2).get("summary"));
        assertEquals(Map.of("condition", "DESTROYED", "previousCondition", "UNKNOWN"), mine.get(3).get("summary"));
        assertEquals(report, mine.get(3).get("reportId"));
        assertEquals(revision, mine.get(4).get("entityId"));
        assertEquals(Map.of("condition", "DESTROYED", "revision", 2, "supersedesReportId", report), mine.get(4).get("summary"));
        // the correction is UNVERIFIED, so nothing establishes a condition any more
        assertEquals(Map.of("condition", "UNKNOWN", "previousCondition", "DESTROYED"), mine.get(5).get("summary"));
        assertEquals(Map.of("reason", "Recorded twice"), mine.get(6).get("summary"));

        // resuming from any cursor, a page at a time, gives the same sequence, each change once
        List<Map<String, Object>> all = Feed.after(start, 100);
        for (int limit : List.of(1, 2, 3)) {
            assertEquals(all, Feed.after(start, limit), "paging by " + limit);
        }
        for (int i = 1; i < all.size(); i++) {
            assertEquals(((Number) all.get(i - 1).get("position")).longValue() + 1, ((Number) all.get(i).get("position")).longValue(), "positions have no gaps");
            assertEquals(all.subList(i, all.size()), Feed.after((String) all.get(i - 1).get("cursor"), 100), "resuming after change " + i);
        }
    }

    @Test
    void aConditionChangeIsOnlyRecordedWhenTheConditionChanges() {
        String start = Feed.end();
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        Api.submit(CURATOR, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"));
        String second = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-31"));
        Api.decide(REVIEWER, second, Api.decision("DISPUTED", "Contradicted by later imagery.")).statusCode(201);
        List<Object> kinds = Feed.after(start, 100).stream().filter(c -> monument.equals(c.get("monumentId"))).map(c -> c.get("kind")).toList();
        assertEquals(List.of("MONUMENT_CREATED", "REPORT_SUBMITTED", "REPORT_SUBMITTED", "DECISION_MADE"), kinds);
    }

    @Test
    void pollingWithTheETagCostsA304UntilSomethingHappens() {
        String end = Feed.end();
        var first = Api.anonymous().queryParam("after", end).get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("nextCursor", equalTo(end)).body("hasMore", equalTo(false)).extract();
        String etag = first.header("ETag");
        assertNotNull(etag);
        Api.anonymous().queryParam("after", end).header("If-None-Match", etag).get("/api/v1/changes").then().statusCode(304);
        Api.newMonument();
        Api.anonymous().queryParam("after", end).header("If-None-Match", etag).get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].kind", equalTo("MONUMENT_CREATED"));
    }

    @Test
    void confidentialSourcesNeverReachTheFeed() {
        String start = Feed.end();
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String name = Api.as(CURATOR).get("/api/v1/sources/" + secret).then().statusCode(200).extract().path("name");
        Api.submit(CURATOR, Api.report(monument, secret, "DESTROYED", "2015-08-30"));
        String body = Api.anonymous().queryParam("after", start).queryParam("limit", 100).get("/api/v1/changes").then().statusCode(200).extract().asString();
        assertTrue(body.contains(monument));
        assertFalse(body.contains(secret), "the feed names a confidential source's id");
        assertFalse(body.contains(name), "the feed names a confidential source");
    }

    @Test
    void badCursorsAndLimitsAre400NamingTheParameter() {
        for (String bad : List.of("nonsense", "djEfLTE", "djEfYWJj", "x".repeat(600))) {
            Api.anonymousBreakingContract().queryParam("after", bad).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
        for (String bad : List.of("0", "101", "ten")) {
            Api.anonymousBreakingContract().queryParam("limit", bad).get("/api/v1/changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void retiringTwiceIs409AStaleIfMatch412AndARetiredMonumentTakesNoReports() {
        String monument = Api.newMonument();
        String etag = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().header("ETag");
        Api.newSource(false);
        Api.as(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of("reason", "Duplicate"))
                .post("/api/v1/monuments/" + monument + "/retirement").then().statusCode(412);
        Api.as(ADMIN).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("reason", "Duplicate"))
                .post("/api/v1/monuments/" + monument + "/retirement").then().statusCode(200).body("retired", equalTo(true));
        Api.as(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Duplicate")).post("/api/v1/monuments/" + monument + "/retirement")
                .then().statusCode(409).body("type", equalTo("/problems/already-retired"));
        Api.asBreakingContract(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/api/v1/monuments/" + monument + "/retirement")
                .then().statusCode(400);
        Api.as(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Duplicate")).post("/api/v1/monuments/no-such-monument/retirement")
                .then().statusCode(404);
        Api.as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("monumentId"));
    }
}
