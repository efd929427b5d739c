package org.heritageregistry.conflict;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.decision;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** One conflict per disagreement, its kinds, and how reviewers work through them, through HTTP. */
@QuarkusTest
@DatabaseTest
class ConflictDetectionTest {

    @Test
    void reportsThatDisagreeOnTheConditionAreOneConflictUntilReviewersDecide() {
        String monument = Api.newMonument();
        String part = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-30"));
        String total = Api.submit(CURATOR, Api.report(monument, Api.newSource(true), "DESTROYED", "2015-08-30"));
        String again = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30~"));
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("CONDITION"))
                .body("items[0].state", equalTo("OPEN"))
                .body("items[0].description", equalTo("3 reports disagree on the condition for overlapping event dates: DESTROYED (2); SEVERELY_DAMAGED"))
                .body("items[0].reports.reportId", containsInAnyOrder(part, total, again))
                .body("items[0].reports.source.name", hasItem(nullValue()));
        anonymous().queryParam("monument", monument).queryParam("state", "OPEN").get("/api/v1/conflicts").then().body("items", hasSize(1));
        // the 1.0 filter and fields still answer for its clients
        anonymous().queryParam("monument", monument).queryParam("resolved", "false").get("/api/v1/conflicts").then().body("items", hasSize(1))
                .body("items[0].resolved", equalTo(false));

        Api.decide(REVIEWER, part, decision("DISPUTED", "imagery shows the cella destroyed")).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(1))
                .body("items[0].state", equalTo("RESOLVED")).body("items[0].closedAt", notNullValue())
                .body("items[0].resolved", equalTo(true)).body("items[0].resolvedAt", notNullValue());
        anonymous().queryParam("monument", monument).queryParam("state", "OPEN").get("/api/v1/conflicts").then().body("items", hasSize(0));
    }

    @Test
    void theSameChangeDatedIncompatiblyIsADateConflict() {
        String monument = Api.newMonument();
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-23"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-07-24~"));
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then()
                .body("items", hasSize(1)).body("items[0].kind", equalTo("DATE")).body("items[0].description", containsString("2015-07-24~"));
    }

    @Test
    void theSameConditionWithDifferentExtentsIsAnExtentConflict() {
        String monument = Api.newMonument();
        var little = Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2017-01");
        little.put("extent", "11-30%");
        var most = Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2017-01-10");
        most.put("extent", "61-90%");
        Api.submit(CURATOR, little);
        Api.submit(CURATOR, most);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then()
                .body("items", hasSize(1)).body("items[0].kind", equalTo("EXTENT"))
                .body("items[0].description", allOf(startsWith("The same condition (SEVERELY_DAMAGED) with different extents: "), containsString("11-30%"),
                        containsString("61-90%")));
    }

    @Test
    void changesOverTimeAndDistantEventsAreNotConflicts() {
        String monument = Api.newMonument();
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "INTACT", "2015-08-27"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-31"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2017-01-20"));
        var unknown = Api.report(monument, Api.newSource(false), "UNKNOWN", "2015-08-31");
        Api.submit(CURATOR, unknown);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(0));
    }

    @Test
    void aCorrectionThatAgreesResolvesTheConflict() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String part = Api.submit(CURATOR, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"));
        Api.amend(CURATOR, part, Api.report(monument, source, "DESTROYED", "2015-08-30")).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(1))
                .body("items[0].state", equalTo("RESOLVED"));
    }

    @Test
    void differentCountsOfTheSameIncidentAreACountConflictThatSaysWhetherBothCanBeTrue() {
        String monument = Api.newMonument();
        var twentyFive = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-05-21/2015-10-27");
        twentyFive.put("count", Api.count(25, "EXACTLY", "Syrian soldiers killed"));
        var moreThanTwenty = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-05-21/2015-08-31");
        moreThanTwenty.put("count", Api.count(20, "MORE_THAN", "captured soldiers executed"));
        var exact = Api.submit(CURATOR, twentyFive);
        var bounded = Api.submit(CURATOR, moreThanTwenty);
        anonymous().queryParam("monument", monument).queryParam("kind", "COUNT").get("/api/v1/conflicts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].reports.reportId", containsInAnyOrder(exact, bounded))
                .body("items[0].reports.count.value", containsInAnyOrder(25, 20))
                .body("items[0].description", anyOf(
                        equalTo("Different numbers for MISUSE: more than 20 captured soldiers executed against 25 Syrian soldiers killed "
                                + "(both can be true: the statements differ in precision)"),
                        equalTo("Different numbers for MISUSE: 25 Syrian soldiers killed against more than 20 captured soldiers executed "
                                + "(both can be true: the statements differ in precision)")));

        var twelve = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-07");
        twelve.put("count", Api.count(12, "EXACTLY", "soldiers killed"));
        Api.submit(CURATOR, twelve);
        anonymous().queryParam("monument", monument).queryParam("kind", "COUNT").get("/api/v1/conflicts").then()
                .body("items", hasSize(1)).body("items[0].reports", hasSize(3)).body("items[0].description", containsString("3 reports give different numbers"));
        // the misuse claims say nothing of the building, so the monument's condition is untouched
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("UNKNOWN")).body("latestClaim", nullValue());
    }

    @Test
    void oneKillingReportedOnTwoDatesIsADateConflictNamingWhom() {
        String monument = Api.newMonument();
        var family = Api.incident(monument, "HARM_TO_STAFF", Api.newSource(false), "2015-08-18");
        family.put("affected", "Khaled al-Asaad");
        var later = Api.incident(monument, "HARM_TO_STAFF", Api.newSource(false), "2015-09-20");
        later.put("affected", "khaled al-asaad");
        var guard = Api.incident(monument, "HARM_TO_STAFF", Api.newSource(false), "2015-09-01");
        guard.put("affected", "a site guard");
        String first = Api.submit(CURATOR, family);
        String second = Api.submit(CURATOR, later);
        Api.submit(CURATOR, guard);
        anonymous().queryParam("monument", monument).get("/api/v1/conflicts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("DATE"))
                .body("items[0].reports.reportId", containsInAnyOrder(first, second))
                .body("items[0].description", startsWith("The same incident (HARM_TO_STAFF: "));
    }

    @Test
    void claimsAboutWhoControlsASiteConflictOnTheSite() {
        var full = Api.incident("site:hatra", "CONTROL", Api.newSource(false), "2016-03-27~");
        full.put("control", Api.control("Syrian government forces", "FULL"));
        var contested = Api.incident("site:hatra", "CONTROL", Api.newSource(false), "2016-03-27");
        contested.put("control", Api.control("Syrian government forces", "CONTESTED"));
        String a = Api.submit(CURATOR, full);
        String b = Api.submit(CURATOR, contested);
        anonymous().get("/api/v1/reports/" + a).then().body("siteId", equalTo("hatra")).body("monumentId", nullValue())
                .body("incidentKind", equalTo("CONTROL")).body("control.extent", equalTo("FULL")).body("condition", equalTo("UNKNOWN"));
        JsonPath conflict = conflictHolding("hatra", "CONTROL", a);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(a, b).stream().sorted().toList(),
                conflict.getList("reports.reportId", String.class).stream().sorted().toList());
        org.junit.jupiter.api.Assertions.assertNull(conflict.get("monumentId"));
        org.junit.jupiter.api.Assertions.assertTrue(conflict.getString("description").contains("Syrian government forces (FULL)"));
    }

    @Test
    void aReviewerSettlesAConflictWithARationaleAndTheVersionTheyRead() {
        String monument = Api.newMonument();
        var one = Api.incident(monument, "LOOTING", Api.newSource(false), "2015-07");
        one.put("count", Api.count(6, "EXACTLY", "statues smashed"));
        var other = Api.incident(monument, "LOOTING", Api.newSource(false), "2015-07-02");
        other.put("count", Api.count(8, "EXACTLY", "statues smashed"));
        String six = Api.submit(CURATOR, one);
        Api.submit(CURATOR, other);
        String id = anonymous().queryParam("monument", monument).get("/api/v1/conflicts").then().body("items", hasSize(1)).extract().path("items[0].id");
        String etag = anonymous().get("/api/v1/conflicts/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> body = Map.of("rationale", "BBC counted six statues, Abdulkarim eight: both from the same photos.");

        Api.asBreakingContract(CURATOR).contentType(ContentType.JSON).header("If-Match", etag).body(body).post("/api/v1/conflicts/" + id + "/settlement")
                .then().statusCode(403);
        Api.as(REVIEWER).contentType(ContentType.JSON).body(body).post("/api/v1/conflicts/" + id + "/settlement").then().statusCode(428);
        Api.as(REVIEWER).contentType(ContentType.JSON).header("If-Match", "\"1-0\"").body(body).post("/api/v1/conflicts/" + id + "/settlement")
                .then().statusCode(412);
        Api.asBreakingContract(REVIEWER).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("rationale", " "))
                .post("/api/v1/conflicts/" + id + "/settlement").then().statusCode(400).body("errors[0].field", equalTo("rationale"));
        anonymous().get("/api/v1/conflicts/" + id).then().body("state", equalTo("OPEN"));

        Api.as(REVIEWER).contentType(ContentType.JSON).header("If-Match", etag).body(body).post("/api/v1/conflicts/" + id + "/settlement")
                .then().statusCode(201).header("Location", containsString("/api/v1/conflicts/" + id))
                .body("state", equalTo("SETTLED")).body("settlement.settledBy", equalTo(REVIEWER))
                .body("settlement.rationale", equalTo(body.get("rationale")));
        String settledEtag = anonymous().get("/api/v1/conflicts/" + id).then().extract().header("ETag");
        Api.as(REVIEWER).contentType(ContentType.JSON).header("If-Match", settledEtag).body(body).post("/api/v1/conflicts/" + id + "/settlement")
                .then().statusCode(409).body("type", equalTo("/problems/conflict-not-open"));
        anonymous().queryParam("monument", monument).queryParam("state", "OPEN").get("/api/v1/conflicts").then().body("items", hasSize(0));
        Api.as(Api.ADMIN).queryParam("entityType", "conflict").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", equalTo("CONFLICT_SETTLED")).body("items[0].actor", equalTo(REVIEWER));

        // a claim the settlement did not weigh opens it again
        var third = Api.incident(monument, "LOOTING", Api.newSource(false), "2015-07");
        third.put("count", Api.count(10, "AT_LEAST", "statues smashed"));
        Api.submit(CURATOR, third);
        anonymous().get("/api/v1/conflicts/" + id).then().body("state", equalTo("OPEN")).body("reports", hasSize(3)).body("settlement", nullValue());
        org.junit.jupiter.api.Assertions.assertNotNull(six);
    }

    @Test
    void nobodySettlesAConflictOverAReportTheySubmitted() {
        String monument = Api.newMonument();
        Api.submit(REVIEWER2, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-30"));
        String id = anonymous().queryParam("monument", monument).get("/api/v1/conflicts").then().extract().path("items[0].id");
        String etag = anonymous().get("/api/v1/conflicts/" + id).then().extract().header("ETag");
        Api.as(REVIEWER2).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("rationale", "mine is right"))
                .post("/api/v1/conflicts/" + id + "/settlement").then().statusCode(403).body("type", equalTo("/problems/four-eyes"));
    }

    @Test
    void whenVerifiedReportsStillDisagreeTheConditionIsContestedUntilSettled() {
        String monument = Api.newMonument();
        var statement = Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-23");
        statement.put("evidence", List.of(Api.satelliteEvidence()));
        var imagery = Api.report(monument, Api.newSource(false), "DESTROYED", "../2015-08-31");
        imagery.put("evidence", List.of(Api.satelliteEvidence()));
        String much = Api.submit(CURATOR, statement);
        String gone = Api.submit(CURATOR, imagery);
        Api.decide(REVIEWER, much, decision("VERIFIED", null)).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("SEVERELY_DAMAGED"))
                .body("conditionContested", equalTo(false)).body("contestedBy", hasSize(0));
        Api.decide(REVIEWER, gone, decision("VERIFIED", null)).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument).then()
                .body("currentCondition", equalTo("DESTROYED")).body("establishedBy.reportId", equalTo(gone))
                .body("conditionContested", equalTo(true)).body("contestedBy.reportId", equalTo(List.of(much)));

        String id = anonymous().queryParam("monument", monument).queryParam("kind", "CONDITION").get("/api/v1/conflicts").then()
                .body("items[0].state", equalTo("OPEN")).extract().path("items[0].id");
        String etag = anonymous().get("/api/v1/conflicts/" + id).then().extract().header("ETag");
        Api.as(REVIEWER2).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("rationale", "The statement was made on the day; the later imagery shows the cella gone.")).post("/api/v1/conflicts/" + id + "/settlement")
                .then().statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument).then()
                .body("currentCondition", equalTo("DESTROYED")).body("conditionContested", equalTo(false)).body("contestedBy", hasSize(0));
    }

    @Test
    void theSeedListsItsConflicts() {
        JsonPath all = anonymous().queryParam("site", "palmyra").queryParam("limit", 100).get("/api/v1/conflicts").then().statusCode(200)
                .body("items.siteId", everyItem(equalTo("palmyra"))).extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(c -> "roman-theatre".equals(c.get("monumentId")) && "COUNT".equals(c.get("kind"))),
                "the theatre's execution count");
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(c -> c.get("monumentId") == null && "CONTROL".equals(c.get("kind")) && "OPEN".equals(c.get("state"))),
                "who controlled the site after the recapture");
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(c -> "temple-of-baalshamin".equals(c.get("monumentId")) && "DATE".equals(c.get("kind"))),
                "Baalshamin's date");
        org.junit.jupiter.api.Assertions.assertTrue(items.stream().anyMatch(c -> "temple-of-bel".equals(c.get("monumentId")) && "CONDITION".equals(c.get("kind"))),
                "Bel, part or total");
        anonymous().get("/api/v1/monuments/temple-of-baalshamin").then().body("currentCondition", equalTo("DESTROYED")).body("conditionContested", equalTo(false));
    }

    @Test
    void badConflictFiltersAre400() {
        anonymousBreakingContract().queryParam("state", "maybe").get("/api/v1/conflicts").then().statusCode(400).body("errors[0].field", equalTo("state"));
        anonymousBreakingContract().queryParam("kind", "colour").get("/api/v1/conflicts").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        anonymousBreakingContract().queryParam("resolved", "maybe").get("/api/v1/conflicts").then().statusCode(400).body("errors[0].field", equalTo("resolved"));
        anonymousBreakingContract().get("/api/v1/monuments/nowhere/conflicts").then().statusCode(404);
        anonymousBreakingContract().get("/api/v1/conflicts/not-a-uuid").then().statusCode(404);
        List.of("x").forEach(x -> anonymousBreakingContract().queryParam("cursor", x).get("/api/v1/conflicts").then().statusCode(400));
    }

    /** The conflict of this kind on a site that holds the report (other tests add their own). */
    private static JsonPath conflictHolding(String site, String kind, String reportId) {
        String cursor = null;
        do {
            var spec = anonymous().queryParam("site", site).queryParam("kind", kind).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/v1/conflicts").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (int i = 0; i < items.size(); i++) {
                if (page.getList("items[" + i + "].reports.reportId", String.class).contains(reportId)) {
                    return new JsonPath(anonymous().get("/api/v1/conflicts/" + items.get(i).get("id")).then().extract().asString());
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        throw new AssertionError("no " + kind + " conflict on " + site + " holds " + reportId);
    }
}
