package org.heritageregistry.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Reports of every kind of incident: the facts each kind takes, sites as subjects, and where the kinds show. */
@QuarkusTest
@DatabaseTest
class IncidentReportsTest {

    static Stream<Arguments> factsInTheWrongPlace() {
        return Stream.of(
                Arguments.of("a condition report without a condition", "condition", (Consumer<Map<String, Object>>) b -> b.remove("condition")),
                Arguments.of("a condition report with a count", "count", (Consumer<Map<String, Object>>) b -> b.put("count", Api.count(3, "EXACTLY", "columns"))),
                Arguments.of("a condition report with a controller", "control", (Consumer<Map<String, Object>>) b -> b.put("control", Api.control("ISIS", "FULL"))),
                Arguments.of("a condition report about a whole site", "siteId", (Consumer<Map<String, Object>>) b -> {
                    b.remove("monumentId");
                    b.put("siteId", "palmyra");
                }),
                Arguments.of("misuse claiming a condition", "condition", (Consumer<Map<String, Object>>) b -> b.put("incidentKind", "MISUSE")),
                Arguments.of("misuse with an extent", "extent", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "MISUSE");
                    b.remove("condition");
                    b.put("extent", "1-10%");
                }),
                Arguments.of("control without a controller", "control", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "CONTROL");
                    b.remove("condition");
                }),
                Arguments.of("control with a count", "count", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "CONTROL");
                    b.remove("condition");
                    b.put("control", Api.control("ISIS", "FULL"));
                    b.put("count", Api.count(1, "EXACTLY", "town"));
                }),
                Arguments.of("looting with a controller", "control", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "LOOTING");
                    b.remove("condition");
                    b.put("control", Api.control("ISIS", "FULL"));
                }),
                Arguments.of("a monument and a site", "siteId", (Consumer<Map<String, Object>>) b -> b.put("siteId", "palmyra")),
                Arguments.of("neither a monument nor a site", "monumentId", (Consumer<Map<String, Object>>) b -> b.remove("monumentId")),
                Arguments.of("a negative count", "count.value", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "LOOTING");
                    b.remove("condition");
                    b.put("count", Api.count(-1, "EXACTLY", "statues"));
                }),
                Arguments.of("a count without its qualifier", "count.qualifier", (Consumer<Map<String, Object>>) b -> {
                    b.put("incidentKind", "LOOTING");
                    b.remove("condition");
                    b.put("count", new HashMap<>(Map.of("value", 6)));
                }),
                Arguments.of("an incident kind that does not exist", "incidentKind", (Consumer<Map<String, Object>>) b -> b.put("incidentKind", "THEFT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factsInTheWrongPlace")
    void eachKindTakesOnlyItsOwnFactsAndARefusalChangesNothing(String what, String field, Consumer<Map<String, Object>> change) {
        var body = Api.report("roman-theatre", Api.newSource(false), "DESTROYED", "2015-08");
        change.accept(body);
        int before = Api.reportCount();
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", hasItem(field));
        assertEquals(before, Api.reportCount(), what);
    }

    @Test
    void anUnknownSiteIsNamedIn422() {
        var body = Api.incident("site:atlantis", "CONTROL", Api.newSource(false), "2016-03");
        body.put("control", Api.control("ISIS", "FULL"));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-reference")).body("errors[0].field", equalTo("siteId"));
    }

    @Test
    void aClaimAboutAWholeSiteIsReadListedCorrectedAndFedWithItsKind() {
        String feedEnd = feedEnd();
        var body = Api.incident("site:nimrud", "HARM_TO_STAFF", Api.newSource(false), "2015-08");
        body.put("count", Api.count(1, "EXACTLY", "guard killed"));
        body.put("affected", "a site guard");
        String id = Api.submit(CURATOR, body);
        anonymous().get("/api/v1/reports/" + id).then().statusCode(200)
                .body("siteId", equalTo("nimrud")).body("monumentId", nullValue()).body("incidentKind", equalTo("HARM_TO_STAFF"))
                .body("condition", equalTo("UNKNOWN")).body("count.value", equalTo(1)).body("count.qualifier", equalTo("EXACTLY"))
                .body("affected", equalTo("a site guard"));

        anonymous().queryParam("site", "nimrud").queryParam("incidentKind", "HARM_TO_STAFF").queryParam("limit", 100).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", hasItem(id)).body("items.incidentKind", everyItem(equalTo("HARM_TO_STAFF")));
        anonymous().queryParam("incidentKind", "CONDITION").queryParam("limit", 100).get("/api/v1/reports").then()
                .body("items.id", not(hasItem(id))).body("items.incidentKind", everyItem(equalTo("CONDITION")));
        anonymous().queryParam("condition", "UNKNOWN").queryParam("limit", 100).get("/api/v1/reports").then().body("items.id", not(hasItem(id)));
        anonymous().accept("text/csv").queryParam("site", "nimrud").get("/api/v1/reports").then().statusCode(200)
                .body(containsString(",nimrud,HARM_TO_STAFF,UNKNOWN,")).body(containsString("1,EXACTLY,")).body(containsString("guard killed"));

        var moved = new HashMap<>(body);
        moved.remove("siteId");
        moved.put("monumentId", "temple-of-bel");
        Api.asBreakingContract(CURATOR).contentType(ContentType.JSON).header("If-Match", Api.etag(id)).body(moved)
                .post("/api/v1/reports/" + id + "/revisions").then().statusCode(400).body("errors[0].field", equalTo("monumentId"));
        var reworded = new HashMap<>(body);
        reworded.put("summary", "A guard at the site was killed.");
        String revision = Api.amend(CURATOR, id, reworded).statusCode(201).body("revisionKind", equalTo("EDITORIAL"))
                .body("siteId", equalTo("nimrud")).extract().path("id");

        List<Map<String, Object>> changes = changesAfter(feedEnd);
        assertTrue(changes.stream().anyMatch(c -> "REPORT_SUBMITTED".equals(c.get("kind")) && id.equals(c.get("reportId"))
                && "nimrud".equals(c.get("siteId")) && "HARM_TO_STAFF".equals(c.get("incidentKind")) && c.get("monumentId") == null), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> "REPORT_AMENDED".equals(c.get("kind")) && revision.equals(c.get("reportId"))
                && "HARM_TO_STAFF".equals(c.get("incidentKind"))), changes.toString());
    }

    @Test
    void aMonumentsHistoryCarriesItsIncidentsBesideItsCondition() {
        String monument = Api.newMonument();
        var executions = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-05-27");
        executions.put("count", Api.count(25, "EXACTLY", "captives shot"));
        String misuse = Api.submit(CURATOR, executions);
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "MODERATELY_DAMAGED", "2017-01"));
        anonymous().get("/api/v1/monuments/" + monument + "/history").then().statusCode(200)
                .body("claims", hasSize(2)).body("claims.incidentKind", hasItem("MISUSE"))
                .body("claims.find { it.reportId == '" + misuse + "' }.count.value", equalTo(25))
                .body("steps", hasSize(0));
        anonymous().get("/api/v1/monuments/" + monument).then().body("latestClaim.incidentKind", equalTo("CONDITION"));

        JsonPath ld = new JsonPath(anonymous().accept("application/ld+json").get("/api/v1/monuments/" + monument + "/history").then().statusCode(200)
                .extract().asString());
        List<Map<String, Object>> claims = ld.getList("P34i_was_assessed_by");
        Map<String, Object> activity = claims.stream().filter(c -> "E13_Attribute_Assignment".equals(c.get("@type"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) activity.get("P141_assigned");
        assertEquals("E7_Activity", event.get("@type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> dimension = (Map<String, Object>) event.get("P43_has_dimension");
        assertEquals("E54_Dimension", dimension.get("@type"));
        assertEquals(25, dimension.get("P90_has_value"));
        assertTrue(claims.stream().anyMatch(c -> "E14_Condition_Assessment".equals(c.get("@type"))));
    }

    private static String feedEnd() {
        String cursor = null;
        boolean more;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            JsonPath page = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("nextCursor");
            more = page.getBoolean("hasMore");
        } while (more);
        return cursor;
    }

    private static List<Map<String, Object>> changesAfter(String cursor) {
        var spec = anonymous().queryParam("limit", 100);
        if (cursor != null) {
            spec.queryParam("after", cursor);
        }
        return spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
