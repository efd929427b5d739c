package org.heritageregistry.monument;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class MonumentResourceTest {

    @Test
    void templeOfBelAnswersWithIdentifiersConditionAndLatestClaim() {
        anonymous().get("/api/v1/monuments/temple-of-bel").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo("temple-of-bel"))
                .body("siteId", equalTo("palmyra"))
                .body("name", equalTo("Temple of Bel"))
                .body("category", equalTo("TEMPLE"))
                .body("wikidata", equalTo("Q797481"))
                .body("location.latitude", equalTo(34.547f))
                .body("location.longitude", equalTo(38.274f))
                .body("names.name", hasItem("معبد بل"))
                .body("currentCondition", notNullValue())
                .body("latestClaim.reportId", notNullValue())
                .body("latestClaim.source.kind", notNullValue());
    }

    @Test
    void seedHasAtLeastTwelvePalmyraMonumentsWithCoordinates() {
        // every page: other tests add monuments to Palmyra, and their ids may sort before the seed's
        var items = org.heritageregistry.support.Api.allItems(null, "/api/v1/monuments?site=palmyra");
        assertTrue(items.stream().allMatch(m -> "palmyra".equals(m.get("siteId"))));
        var seeded = items.stream().filter(m -> !String.valueOf(m.get("id")).startsWith("test-") ).toList();
        assertTrue(seeded.size() >= 12, "seeded Palmyra monuments: " + seeded.size());
        assertTrue(seeded.stream().map(m -> m.get("id")).toList().containsAll(List.of("temple-of-bel", "temple-of-baalshamin", "monumental-arch", "roman-theatre",
                "great-colonnade", "tower-of-elahbel", "tower-of-iamblichus", "tower-of-kithot")));
        assertTrue(seeded.stream().filter(m -> m.get("location") != null).count() >= 10);
    }

    @Test
    void filtersByCategory() {
        anonymous().queryParam("category", "FUNERARY_TOWER").get("/api/v1/monuments").then().statusCode(200)
                .body("items.id", hasItems("tower-of-elahbel", "tower-of-iamblichus", "tower-of-kithot"))
                .body("items.category", everyItem(equalTo("FUNERARY_TOWER")));
    }

    @Test
    void filtersByTextInNameAndAlternateNamesIgnoringCase() {
        anonymous().queryParam("q", "BAALSHAMIN").get("/api/v1/monuments").then().statusCode(200)
                .body("items.id", hasItem("temple-of-baalshamin"));
        anonymous().queryParam("q", "معبد بل").get("/api/v1/monuments").then().statusCode(200)
                .body("items.id", hasItem("temple-of-bel"));
        anonymous().queryParam("q", "%").get("/api/v1/monuments").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void filtersByCurrentCondition() {
        String id = Api.newMonument();
        anonymous().queryParam("condition", "UNKNOWN").queryParam("q", id).get("/api/v1/monuments").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        anonymous().queryParam("condition", "DESTROYED").queryParam("q", id).get("/api/v1/monuments").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void pagesWithoutGapsOrRepeats() {
        List<String> all = anonymous().queryParam("limit", 100).get("/api/v1/monuments").then().extract().jsonPath().getList("items.id");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var spec = anonymous().queryParam("limit", 3);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/monuments").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && paged.size() < all.size() + 3);
        assertEquals(all.subList(0, Math.min(all.size(), paged.size())), paged.subList(0, Math.min(all.size(), paged.size())));
        assertTrue(paged.size() >= all.size());
    }

    @Test
    void rejectsBadFilterValuesNamingTheParameter() {
        anonymousBreakingContract().queryParam("condition", "RUINED").get("/api/v1/monuments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("condition"));
        anonymousBreakingContract().queryParam("category", "temple").get("/api/v1/monuments").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        anonymousBreakingContract().queryParam("limit", 0).get("/api/v1/monuments").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        anonymousBreakingContract().queryParam("limit", 101).get("/api/v1/monuments").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        anonymousBreakingContract().queryParam("limit", "ten").get("/api/v1/monuments").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        anonymousBreakingContract().queryParam("cursor", "not-a-cursor").get("/api/v1/monuments").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void unknownMonumentIs404() {
        anonymous().get("/api/v1/monuments/temple-of-nowhere").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Monument 'temple-of-nowhere' does not exist"));
        anonymous().get("/api/v1/monuments/temple-of-nowhere/reports").then().statusCode(404);
    }

    @Test
    void etagGives304UntilTheMonumentChanges() {
        String id = Api.newMonument();
        String etag = anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/monuments/" + id).then().statusCode(304);
        Api.submit(CURATOR, Api.report(id, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String after = anonymous().header("If-None-Match", etag).get("/api/v1/monuments/" + id).then().statusCode(200)
                .body("latestClaim.condition", equalTo("DESTROYED")).extract().header("ETag");
        assertNotEquals(etag, after);
    }

    @Test
    void aReusedViewFollowsEveryChangeAndNeverCrossesBetweenPublicAndRevealed() {
        String id = Api.newMonument();
        String secret = Api.newSource(true);
        String report = Api.submit(CURATOR, Api.report(id, secret, "DESTROYED", "2015-08-30"));
        // revealed form built and kept first; the public form must still mask the source
        as(CURATOR).get("/api/v1/monuments/" + id).then().statusCode(200).body("latestClaim.source.name", notNullValue());
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("currentCondition", equalTo("UNKNOWN"))
                .body("latestClaim.source.name", equalTo(null)).body("latestClaim.source.confidential", equalTo(true));
        as(CURATOR).get("/api/v1/monuments/" + id).then().statusCode(200).body("latestClaim.source.name", notNullValue());

        // a decision changes the established condition: the next read shows it, on both forms
        var verified = Api.decision("VERIFIED", "Confirmed by UNOSAT imagery of 31 August 2015.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(Api.REVIEWER, report, verified).statusCode(201);
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("currentCondition", equalTo("DESTROYED"))
                .body("establishedBy.status", equalTo("VERIFIED"));
        as(CURATOR).get("/api/v1/monuments/" + id).then().statusCode(200).body("currentCondition", equalTo("DESTROYED"));
    }

    @Test
    void aReusedHistoryFollowsEveryChangeAndNeverCrossesBetweenPublicAndRevealed() {
        String id = Api.newMonument();
        String secret = Api.newSource(true);
        String report = Api.submit(CURATOR, Api.report(id, secret, "DESTROYED", "2015-08-30"));
        String history = "/api/v1/monuments/" + id + "/history";
        as(CURATOR).get(history).then().statusCode(200).body("claims[0].source.name", notNullValue());
        String publicTag = anonymous().get(history).then().statusCode(200).body("steps", hasSize(0))
                .body("claims[0].source.name", equalTo(null)).body("claims[0].source.confidential", equalTo(true)).extract().header("ETag");
        anonymous().header("If-None-Match", publicTag).get(history).then().statusCode(304);

        var verified = Api.decision("VERIFIED", "Confirmed by UNOSAT imagery of 31 August 2015.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(Api.REVIEWER, report, verified).statusCode(201);
        anonymous().header("If-None-Match", publicTag).get(history).then().statusCode(200).body("steps", hasSize(1))
                .body("steps[0].condition", equalTo("DESTROYED")).body("claims[0].status", equalTo("VERIFIED"))
                .body("claims[0].source.name", equalTo(null)).header("ETag", not(equalTo(publicTag)));
        as(CURATOR).get(history).then().statusCode(200).body("steps", hasSize(1)).body("claims[0].source.name", notNullValue());
    }

    @Test
    void listsTheMonumentsReportsWithStatusFilter() {
        anonymous().get("/api/v1/monuments/temple-of-baalshamin/reports").then().statusCode(200)
                .body("items", hasSize(greaterThanOrEqualTo(3)))
                .body("items.monumentId", everyItem(equalTo("temple-of-baalshamin")));
        String id = Api.newMonument();
        Api.submit(CURATOR, Api.report(id, Api.newSource(false), "DESTROYED", "2015-08-30"));
        anonymous().queryParam("status", "UNVERIFIED").get("/api/v1/monuments/" + id + "/reports").then().statusCode(200)
                .body("items", hasSize(1));
        anonymous().queryParam("status", "VERIFIED").get("/api/v1/monuments/" + id + "/reports").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void adminAddsAMonumentThatStartsUnknown() {
        String id = "test-temple-of-nabu-" + System.nanoTime();
        var body = Map.of("id", id, "siteId", "palmyra", "name", "Temple of Nabu", "category", "TEMPLE",
                "location", Map.of("latitude", 34.5494, "longitude", 38.2717), "names", List.of(Map.of("name", "معبد نبو", "lang", "ar")));
        as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201)
                .header("Location", startsWith("http")).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/monuments/" + id))
                .body("currentCondition", equalTo("UNKNOWN"));
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("names[0].name", equalTo("معبد نبو"));
        as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void addingAMonumentNeedsAdmin() {
        var body = Map.of("id", "test-x", "siteId", "palmyra", "name", "X", "category", "TEMPLE");
        anonymousBreakingContract().contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(401);
        as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(403);
        anonymous().get("/api/v1/monuments/test-x").then().statusCode(404);
    }

    @Test
    void refusesAnInvalidMonument() {
        var body = Map.of("id", "Not A Slug", "siteId", "nowhere", "name", "", "category", "TEMPLE",
                "location", Map.of("latitude", 91, "longitude", 38.2717), "wikidata", "797481");
        asBreakingContract(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(400)
                .body("errors.field", hasItems("id", "name", "location.latitude", "wikidata"));
        asBreakingContract(ADMIN).contentType(ContentType.JSON).body(Map.of("id", "test-orphan", "siteId", "nowhere", "name", "Orphan", "category", "TEMPLE"))
                .post("/api/v1/monuments").then().statusCode(422).body("errors[0].field", equalTo("siteId"));
    }
}
