package org.heritageregistry.site;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.feed.Feed;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Sites as records curators keep (issue 21): created with a client-chosen id, edited by JSON Merge
 * Patch with If-Match, retired; every write audited, in the feed, the previous record readable.
 * Every test makes its own test-prefixed site: the seeded Palmyra is never changed.
 */
@QuarkusTest
@DatabaseTest
class SiteCurationTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ARABIC = "تدمر";
    private static final List<List<List<Double>>> SQUARE = List.of(List.of(List.of(38.2585, 34.5565), List.of(38.283, 34.5565), List.of(38.283, 34.544),
            List.of(38.2585, 34.544), List.of(38.2585, 34.5565)));

    private static String newId() {
        return "test-site-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static Map<String, Object> site(String id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("name", "Test site " + id);
        body.put("names", List.of(Map.of("name", ARABIC, "lang", "ar"), Map.of("name", "Tadmur", "lang", "ar-Latn")));
        body.put("country", "SY");
        body.put("location", Map.of("latitude", 34.55, "longitude", 38.27));
        body.put("boundary", Map.of("type", "Polygon", "coordinates", SQUARE));
        body.put("wikidata", "Q5747");
        body.put("pleiades", "668331");
        body.put("unescoId", "23");
        body.put("description", "A test copy of Palmyra's record");
        return body;
    }

    private static String newSite() {
        String id = newId();
        as(CURATOR).contentType(ContentType.JSON).body(site(id)).post("/api/v1/sites").then().statusCode(201);
        return id;
    }

    private static String etag(String id) {
        return anonymous().get("/api/v1/sites/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse patch(String user, String id, String ifMatch, String body) {
        var spec = as(user).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/sites/" + id).then();
    }

    private static ValidatableResponse patchBreakingContract(String user, String id, String ifMatch, String body) {
        var spec = (user == null ? anonymousBreakingContract() : asBreakingContract(user)).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/sites/" + id).then();
    }

    private static ValidatableResponse retire(String user, String id, String ifMatch) {
        var spec = as(user).contentType(ContentType.JSON).body(Map.of("reason", "Recorded twice (test)"));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.post("/api/v1/sites/" + id + "/retirement").then();
    }

    @Test
    void aCuratorCreatesASiteAndReadsItBackWithItsArabicNameIdentifiersAndBoundary() {
        String id = newId();
        Response created = as(CURATOR).contentType(ContentType.JSON).body(site(id)).post("/api/v1/sites");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/sites/" + id))
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("retired", equalTo(false));
        String etag = created.header("ETag");
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("name", equalTo("Test site " + id))
                .body("names.name", contains(ARABIC, "Tadmur"))
                .body("names.lang", contains("ar", "ar-Latn"))
                .body("country", equalTo("SY"))
                .body("location.latitude", equalTo(34.55f))
                .body("wikidata", equalTo("Q5747"))
                .body("pleiades", equalTo("668331"))
                .body("unescoId", equalTo("23"))
                .body("boundary.type", equalTo("Polygon"))
                .body("boundary.coordinates[0]", hasSize(5))
                .body("boundary.coordinates[0][1][0]", equalTo(38.283f));
        // the Arabic name comes back byte for byte, as UTF-8
        String raw = new String(anonymous().get("/api/v1/sites/" + id).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(raw.contains("\"" + ARABIC + "\""), raw);
        // a client holding the current version gets 304
        anonymous().header("If-None-Match", etag).get("/api/v1/sites/" + id).then().statusCode(304);
        anonymous().get("/api/v1/sites").then().statusCode(200);
    }

    @Test
    void aDuplicateIdIsA409AndChangesNothing() {
        String id = newSite();
        String before = etag(id);
        Map<String, Object> again = site(id);
        again.put("name", "Another name");
        as(CURATOR).contentType(ContentType.JSON).body(again).post("/api/v1/sites").then().statusCode(409).body("type", equalTo("/problems/duplicate-id"));
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo("Test site " + id));
        // the seeded Palmyra's id is taken too
        Map<String, Object> palmyra = site("palmyra");
        as(ADMIN).contentType(ContentType.JSON).body(palmyra).post("/api/v1/sites").then().statusCode(409);
        anonymous().get("/api/v1/sites/palmyra").then().statusCode(200).body("name", equalTo("Palmyra"));
    }

    @Test
    void anIdempotencyKeyRetryReturnsTheFirstSiteAndCreatesNoOther() {
        String id = newId();
        String key = UUID.randomUUID().toString();
        Response first = as(CURATOR).contentType(ContentType.JSON).header("Idempotency-Key", key).body(site(id)).post("/api/v1/sites");
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));
        as(CURATOR).contentType(ContentType.JSON).header("Idempotency-Key", key).body(site(id)).post("/api/v1/sites").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void invalidIdentifiersAreA400NamingEachField() {
        Map<String, Object> body = site(newId());
        body.put("wikidata", "5747");
        body.put("pleiades", "P668331");
        body.put("unescoId", "twenty-three");
        body.put("country", "SYR");
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .body("errors.field", hasItem("wikidata"))
                .body("errors.field", hasItem("pleiades"))
                .body("errors.field", hasItem("unescoId"))
                .body("errors.field", hasItem("country"));
        anonymousBreakingContract().get("/api/v1/sites/" + body.get("id")).then().statusCode(404);
        Map<String, Object> slug = site("Not A Slug");
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(slug).post("/api/v1/sites").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void anInvalidBoundaryIsA400NamingTheMemberAndNothingIsCreated() {
        String id = newId();
        Map<String, Object> body = site(id);
        // not closed: the last position is not the first
        body.put("boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(38.25, 34.55), List.of(38.28, 34.55), List.of(38.28, 34.54),
                List.of(38.25, 34.54)))));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .body("errors.field", hasItem("boundary.coordinates[0]"));
        anonymousBreakingContract().get("/api/v1/sites/" + id).then().statusCode(404);
        // too few positions, latitude out of range, the wrong type
        body.put("boundary", Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(38.25, 34.55), List.of(38.28, 34.55), List.of(38.25, 34.55)))));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .body("errors.field", hasItem("boundary.coordinates[0]"));
        body.put("boundary", Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(List.of(List.of(38.25, 94.0), List.of(38.28, 34.55),
                List.of(38.28, 34.54), List.of(38.25, 94.0))))));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .body("errors.field", hasItem("boundary.coordinates[0][0][0][1]"));
        body.put("boundary", Map.of("type", "Point", "coordinates", List.of(38.25, 34.55)));
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(400)
                .body("errors.field", hasItem("boundary.type"));
        anonymousBreakingContract().get("/api/v1/sites/" + id).then().statusCode(404);
        // a MultiPolygon that is valid is kept
        body.put("boundary", Map.of("type", "MultiPolygon", "coordinates", List.of(SQUARE)));
        as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sites").then().statusCode(201)
                .body("boundary.type", equalTo("MultiPolygon")).body("boundary.coordinates[0][0]", hasSize(5));
    }

    @Test
    void aPatchMergesNullRemovesAbsentStaysAndNamesAreReplaced() {
        String id = newSite();
        String before = etag(id);
        String after = patch(CURATOR, id, before, "{\"boundary\":null,\"description\":null,\"names\":[{\"name\":\"" + ARABIC + "\",\"lang\":\"ar\"}],"
                + "\"location\":{\"latitude\":34.5504,\"longitude\":38.2698}}")
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("boundary", nullValue())
                .body("description", nullValue())
                .body("names.name", contains(ARABIC))
                .body("location.latitude", equalTo(34.5504f))
                .body("wikidata", equalTo("Q5747"))
                .body("name", equalTo("Test site " + id))
                .extract().header("ETag");
        assertNotEquals(before, after);
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).header("ETag", equalTo(after)).body("names.name", contains(ARABIC));
        // a boundary set again, and a patch that changes nothing writes nothing
        String third = patch(ADMIN, id, after, "{\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[38.2585,34.5565],[38.283,34.5565],[38.283,34.544],"
                + "[38.2585,34.544],[38.2585,34.5565]]]}}").statusCode(200).body("boundary.type", equalTo("Polygon")).extract().header("ETag");
        String same = patch(ADMIN, id, third, "{\"country\":\"SY\"}").statusCode(200).extract().header("ETag");
        assertEquals(third, same);
    }

    @Test
    void withoutIfMatchIs428AndStaleIs412() {
        String id = newSite();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, null, "{\"description\":\"x\"}").statusCode(428).body("type", equalTo("/problems/if-match-required"));
        patch(CURATOR, id, before, "{\"description\":\"First\"}").statusCode(200);
        patch(CURATOR, id, before, "{\"description\":\"Second\"}").statusCode(412);
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).body("description", equalTo("First"));
    }

    @Test
    void unknownFieldsTheIdAndInvalidValuesAre400sAndChangeNothing() {
        String id = newSite();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"description\":\"Changed\",\"colour\":\"red\"}").statusCode(400).body("errors.field", hasItem("colour"));
        patchBreakingContract(CURATOR, id, before, "{\"id\":\"another-slug\"}").statusCode(400).body("errors.field", hasItem("id"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":null}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "{\"country\":\"sy\"}").statusCode(400).body("errors.field", hasItem("country"));
        patchBreakingContract(CURATOR, id, before, "{\"wikidata\":\"Q0\",\"description\":\"Changed\"}").statusCode(400).body("errors.field", hasItem("wikidata"));
        patchBreakingContract(CURATOR, id, before, "{\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[38.25,34.55],[38.28,34.55],[38.28,34.54],[38.25,34.54]]]},"
                + "\"description\":\"Changed\"}").statusCode(400).body("errors.field", hasItem("boundary.coordinates[0]"));
        patchBreakingContract(CURATOR, id, before, "{\"boundary\":{\"type\":\"Polygon\",\"coordinates\":[[[181,34.55],[38.28,34.55],[38.28,34.54],[181,34.55]]]}}")
                .statusCode(400).body("errors.field", hasItem("boundary.coordinates[0][0][0]"));
        patchBreakingContract(CURATOR, id, before, "[]").statusCode(400);
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).header("ETag", equalTo(before))
                .body("description", equalTo("A test copy of Palmyra's record")).body("boundary.type", equalTo("Polygon"));
        anonymous().get("/api/v1/sites/" + id + "/revisions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void reviewersAndAnonymousCallersMayNotCreateOrEditAndOnlyAdminsRetire() {
        String id = newSite();
        String before = etag(id);
        patch(REVIEWER, id, before, "{\"description\":\"x\"}").statusCode(403);
        patchBreakingContract(null, id, before, "{\"description\":\"x\"}").statusCode(401);
        as(REVIEWER).contentType(ContentType.JSON).body(site(newId())).post("/api/v1/sites").then().statusCode(403);
        anonymousBreakingContract().contentType(ContentType.JSON).body(site(newId())).post("/api/v1/sites").then().statusCode(401);
        retire(CURATOR, id, before).statusCode(403);
        retire(REVIEWER, id, before).statusCode(403);
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("retired", equalTo(false));
    }

    @Test
    void aRetiredSiteTakesNoNewMonumentsButCanStillBeCorrected() {
        String id = newSite();
        String monument = "test-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> body = new HashMap<>(Map.of("id", monument, "siteId", id, "name", "Test monument " + monument, "category", "TEMPLE"));
        as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201);
        String stale = etag(id);
        patch(CURATOR, id, stale, "{\"description\":\"Edited before retirement\"}").statusCode(200);
        retire(ADMIN, id, stale).statusCode(412);
        retire(ADMIN, id, etag(id)).statusCode(200).body("retired", equalTo(true)).header("ETag", notNullValue());
        retire(ADMIN, id, null).statusCode(409).body("type", equalTo("/problems/already-retired"));
        // it stays readable, with its monument
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).body("retired", equalTo(true));
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).body("siteId", equalTo(id));
        // no new monument on it, nor a monument moved onto it
        String another = "test-" + UUID.randomUUID().toString().substring(0, 13);
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("id", another, "siteId", id, "name", "Test monument " + another, "category", "TEMPLE"))
                .post("/api/v1/monuments").then().statusCode(422).body("type", equalTo("/problems/site-retired")).body("errors.field", hasItem("siteId"));
        anonymousBreakingContract().get("/api/v1/monuments/" + another).then().statusCode(404);
        String elsewhere = org.heritageregistry.support.Api.newMonument();
        String monumentEtag = anonymous().get("/api/v1/monuments/" + elsewhere).then().extract().header("ETag");
        as(CURATOR).contentType(MERGE_PATCH).header("If-Match", monumentEtag).body(("{\"siteId\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/monuments/" + elsewhere).then().statusCode(422).body("errors.field", hasItem("siteId"));
        anonymous().get("/api/v1/monuments/" + elsewhere).then().statusCode(200).body("siteId", equalTo("palmyra"));
        // a retired site's record can still be corrected
        patch(CURATOR, id, etag(id), "{\"description\":\"Recorded twice; see Palmyra\"}").statusCode(200).body("retired", equalTo(true));
    }

    @Test
    void everyWriteIsAuditedAndInTheChangeFeed() {
        String feedEnd = Feed.end();
        String id = newSite();
        patch(CURATOR, id, etag(id), "{\"description\":\"Corrected\",\"boundary\":null}").statusCode(200);
        retire(ADMIN, id, etag(id)).statusCode(200);
        as(ADMIN).queryParam("entityType", "site").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("SITE_RETIRED", "SITE_UPDATED", "SITE_CREATED"))
                .body("items.find { it.action == 'SITE_CREATED' }.actor", equalTo(CURATOR))
                .body("items.find { it.action == 'SITE_UPDATED' }.changes.description.to", equalTo("Corrected"))
                .body("items.find { it.action == 'SITE_UPDATED' }.changes.boundary.from", equalTo("Polygon, 5 positions"))
                .body("items.find { it.action == 'SITE_UPDATED' }.changes.boundary.to", nullValue())
                .body("items.find { it.action == 'SITE_UPDATED' }.changes", not(org.hamcrest.Matchers.hasKey("name")))
                .body("items.find { it.action == 'SITE_RETIRED' }.changes.reason", equalTo("Recorded twice (test)"));
        List<Map<String, Object>> mine = Feed.after(feedEnd, 100).stream().filter(c -> id.equals(c.get("siteId"))).toList();
        assertEquals(List.of("SITE_CREATED", "SITE_UPDATED", "SITE_RETIRED"), mine.stream().map(c -> c.get("kind")).toList());
        mine.forEach(c -> assertEquals("/api/v1/sites/" + id, c.get("link")));
        mine.forEach(c -> assertEquals(id, c.get("entityId")));
    }

    @Test
    void thePreviousRecordStaysReadableInRevisionsAndAsOf() throws InterruptedException {
        String id = newSite();
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        patch(CURATOR, id, etag(id), "{\"name\":\"First correction\",\"boundary\":null}").statusCode(200);
        patch(ADMIN, id, etag(id), "{\"name\":\"Second correction\",\"names\":null}").statusCode(200);

        anonymous().get("/api/v1/sites/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items[0].recordedBy", equalTo(CURATOR))
                .body("items[0].changes.name.from", equalTo("Test site " + id))
                .body("items[0].changes.name.to", equalTo("First correction"))
                .body("items[0].changes.boundary.from.type", equalTo("Polygon"))
                .body("items[0].changes.boundary.to", nullValue())
                .body("items[1].changes.names.from.name", contains(ARABIC, "Tadmur"));
        String next = anonymous().queryParam("limit", 1).get("/api/v1/sites/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1)).extract().path("nextCursor");
        anonymous().queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/sites/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(2));

        anonymous().queryParam("asOf", between.toString()).get("/api/v1/sites/" + id).then().statusCode(200)
                .body("name", equalTo("Test site " + id)).body("boundary.type", equalTo("Polygon")).body("names.name", contains(ARABIC, "Tadmur"));
        anonymous().get("/api/v1/sites/" + id).then().statusCode(200).body("name", equalTo("Second correction")).body("boundary", nullValue());
        anonymousBreakingContract().queryParam("asOf", "2015-01-01").get("/api/v1/sites/" + id).then().statusCode(404);
        anonymousBreakingContract().get("/api/v1/sites/test-site-nowhere/revisions").then().statusCode(404);
    }
}
