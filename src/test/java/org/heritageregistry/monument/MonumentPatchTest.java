package org.heritageregistry.monument;

import static org.hamcrest.Matchers.contains;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** PATCH /monuments/{id}: JSON Merge Patch with If-Match, audited, in the feed, the previous record readable. */
@QuarkusTest
@DatabaseTest
class MonumentPatchTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String etag(String id) {
        return anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The version an ETag names: a writer gets the revealed form, an anonymous reader the public one. */
    private static String version(String etag) {
        return etag.replace("\"", "").replaceFirst("-public$", "");
    }


    private static ValidatableResponse patch(String user, String id, String ifMatch, String body) {
        var spec = as(user).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/monuments/" + id).then();
    }

    private static ValidatableResponse patchBreakingContract(String user, String id, String ifMatch, String body) {
        var spec = (user == null ? anonymousBreakingContract() : asBreakingContract(user)).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/monuments/" + id).then();
    }

    @Test
    void aCuratorCorrectsTheNameAndLocationAndGetsTheMonumentWithItsNewEtag() {
        String id = Api.newMonument();
        String before = etag(id);
        String after = patch(CURATOR, id, before, "{\"name\":\"Temple of Nabu (test)\",\"location\":{\"latitude\":34.5534,\"longitude\":38.2699}}")
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("id", equalTo(id))
                .body("name", equalTo("Temple of Nabu (test)"))
                .body("location.latitude", equalTo(34.5534f))
                .body("location.longitude", equalTo(38.2699f))
                .body("category", equalTo("TEMPLE"))
                .extract().header("ETag");
        assertNotEquals(version(before), version(after));
        // reads see it at once, at the same version
        String read = anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("name", equalTo("Temple of Nabu (test)")).extract().header("ETag");
        assertEquals(version(after), version(read));
    }

    @Test
    void nullRemovesTheLocationAndAbsentFieldsStayAsTheyAre() {
        String id = Api.newMonument();
        patch(ADMIN, id, etag(id), "{\"location\":null,\"period\":\"Roman\"}").statusCode(200)
                .body("location", nullValue())
                .body("period", equalTo("Roman"))
                .body("name", equalTo("Test monument " + id));
        patch(ADMIN, id, etag(id), "{\"period\":null}").statusCode(200).body("period", nullValue()).body("location", nullValue());
    }

    @Test
    void aLocationSaysHowSureItIsAndLosesThatWithThePoint() {
        String id = Api.newMonument();
        patch(CURATOR, id, etag(id), "{\"location\":{\"latitude\":34.5524,\"longitude\":38.266},\"locationCertainty\":\"LOW\","
                + "\"locationBasis\":\"Placed midway between the arch and the camp\"}").statusCode(200)
                .body("locationCertainty", equalTo("LOW")).body("locationBasis", equalTo("Placed midway between the arch and the camp"));
        patch(CURATOR, id, etag(id), "{\"locationCertainty\":\"HIGH\"}").statusCode(200).body("locationCertainty", equalTo("HIGH"))
                .body("locationBasis", equalTo("Placed midway between the arch and the camp"));
        // removing the point removes what was said about it
        patch(CURATOR, id, etag(id), "{\"location\":null}").statusCode(200).body("location", nullValue())
                .body("locationCertainty", nullValue()).body("locationBasis", nullValue());
        // a certainty without a point is refused, not dropped
        String before = etag(id);
        patch(CURATOR, id, before, "{\"locationCertainty\":\"HIGH\"}").statusCode(400).body("errors.field", hasItem("locationCertainty"));
        patchBreakingContract(CURATOR, id, before, "{\"location\":{\"latitude\":34.5,\"longitude\":38.2},\"locationCertainty\":\"SURE\"}").statusCode(400)
                .body("errors.field", hasItem("locationCertainty"));
        assertEquals(before, etag(id), "the refused patches changed nothing");
    }

    @Test
    void namesAreReplacedAsAWholeList() {
        String id = Api.newMonument();
        patch(CURATOR, id, etag(id), "{\"names\":[{\"name\":\"Temple of Baal Shamin\",\"lang\":\"en\"},{\"name\":\"معبد بعل شمين\",\"lang\":\"ar\"}]}")
                .statusCode(200).body("names.name", contains("Temple of Baal Shamin", "معبد بعل شمين"));
        patch(CURATOR, id, etag(id), "{\"names\":[{\"name\":\"معبد بعل شمين\",\"lang\":\"ar\"}]}")
                .statusCode(200).body("names.name", contains("معبد بعل شمين"));
        patch(CURATOR, id, etag(id), "{\"names\":null}").statusCode(200).body("names", anyOfEmptyOrAbsent());
    }

    private static org.hamcrest.Matcher<Object> anyOfEmptyOrAbsent() {
        return org.hamcrest.Matchers.anyOf(nullValue(), org.hamcrest.Matchers.<Object> equalTo(List.of()));
    }

    @Test
    void anUnknownFieldIsA400NamingItAndChangesNothing() {
        String id = Api.newMonument();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"name\":\"Changed\",\"colour\":\"red\"}").statusCode(400)
                .body("errors.field", hasItem("colour"));
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo("Test monument " + id));
    }

    @Test
    void theIdNeverChanges() {
        String id = Api.newMonument();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"id\":\"another-slug\"}").statusCode(400).body("errors.field", hasItem("id"));
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).header("ETag", equalTo(before));
        anonymousBreakingContract().get("/api/v1/monuments/another-slug").then().statusCode(404);
    }

    @Test
    void badValuesAre400sNamingTheFieldAsOnCreate() {
        String id = Api.newMonument();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"wikidata\":\"797481\",\"name\":\"Fine\"}").statusCode(400).body("errors.field", hasItem("wikidata"));
        patchBreakingContract(CURATOR, id, before, "{\"location\":{\"latitude\":134,\"longitude\":38}}").statusCode(400)
                .body("errors.field", hasItem("location.latitude"));
        patchBreakingContract(CURATOR, id, before, "{\"category\":\"CASTLE_OF_SAND\"}").statusCode(400).body("errors.field", hasItem("category"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":null}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":\"  \"}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":12}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "[]").statusCode(400);
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo("Test monument " + id));
    }

    @Test
    void withoutIfMatchIs428AndStaleIs412() {
        String id = Api.newMonument();
        String before = etag(id);
        patchBreakingContract(CURATOR, id, null, "{\"period\":\"Roman\"}").statusCode(428).body("type", equalTo("/problems/if-match-required"));
        patch(CURATOR, id, before, "{\"period\":\"Roman\"}").statusCode(200);
        patch(CURATOR, id, before, "{\"period\":\"Hellenistic\"}").statusCode(412);
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("period", equalTo("Roman"));
    }

    @Test
    void reviewersAndAnonymousCallersMayNotEdit() {
        String id = Api.newMonument();
        String before = etag(id);
        patch(REVIEWER, id, before, "{\"period\":\"Roman\"}").statusCode(403);
        patchBreakingContract(null, id, before, "{\"period\":\"Roman\"}").statusCode(401);
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).header("ETag", equalTo(before));
    }

    @Test
    void movingToAnUnknownSiteIs422NamingSiteId() {
        String id = Api.newMonument();
        String before = etag(id);
        patch(CURATOR, id, before, "{\"siteId\":\"atlantis\",\"name\":\"Moved\"}").statusCode(422)
                .body("type", equalTo("/problems/unknown-reference")).body("errors.field", hasItem("siteId"));
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("siteId", equalTo("palmyra"));
    }

    @Test
    void aRetiredMonumentCanStillBeCorrected() {
        String id = Api.newMonument();
        as(ADMIN).contentType("application/json").body(Map.of("reason", "Recorded twice")).post("/api/v1/monuments/" + id + "/retirement").then().statusCode(200);
        patch(CURATOR, id, etag(id), "{\"description\":\"Recorded twice; see the Great Colonnade\"}").statusCode(200)
                .body("retired", equalTo(true)).body("description", equalTo("Recorded twice; see the Great Colonnade"));
    }

    @Test
    void anEditIsAuditedWithFromAndToAndAppearsInTheChangeFeed() {
        String id = Api.newMonument();
        String feedEnd = feedEnd();
        patch(CURATOR, id, etag(id), "{\"location\":{\"latitude\":34.5534,\"longitude\":38.2699},\"period\":\"Roman\"}").statusCode(200);
        as(ADMIN).queryParam("entityType", "monument").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("MONUMENT_UPDATED"))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.actor", equalTo(CURATOR))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes.location.from.latitude", equalTo(34.55f))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes.location.to.latitude", equalTo(34.5534f))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes.period.from", nullValue())
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes.period.to", equalTo("Roman"))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes", not(org.hamcrest.Matchers.hasKey("name")));
        List<Map<String, Object>> mine = changesAfter(feedEnd).stream().filter(c -> id.equals(c.get("monumentId"))).toList();
        assertEquals(List.of("MONUMENT_UPDATED"), mine.stream().map(c -> c.get("kind")).toList());
        assertEquals("/api/v1/monuments/" + id, mine.get(0).get("link"));
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() {
        String id = Api.newMonument();
        String before = etag(id);
        String after = patch(CURATOR, id, before, "{\"category\":\"TEMPLE\"}").statusCode(200).extract().header("ETag");
        assertEquals(version(before), version(after));
        anonymous().get("/api/v1/monuments/" + id + "/revisions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void thePreviousRecordStaysReadableInRevisionsAndAsOf() throws InterruptedException {
        String id = Api.newMonument();
        String oldName = "Test monument " + id;
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        patch(CURATOR, id, etag(id), "{\"name\":\"First correction\",\"location\":null}").statusCode(200);
        patch(ADMIN, id, etag(id), "{\"name\":\"Second correction\"}").statusCode(200);

        anonymous().get("/api/v1/monuments/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items[0].recordedBy", equalTo(CURATOR))
                .body("items[0].changes.name.from", equalTo(oldName))
                .body("items[0].changes.name.to", equalTo("First correction"))
                .body("items[0].changes.location.to", nullValue())
                .body("items[1].changes.name.from", equalTo("First correction"));
        // keyset paging: one edit a page
        String next = anonymous().queryParam("limit", 1).get("/api/v1/monuments/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1)).extract().path("nextCursor");
        anonymous().queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/monuments/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(2));
        // a list takes only its own query parameters
        anonymousBreakingContract().queryParam("asOf", "2016-01-01").get("/api/v1/monuments/" + id + "/revisions").then().statusCode(400);

        anonymous().queryParam("asOf", between.toString()).get("/api/v1/monuments/" + id).then().statusCode(200)
                .body("name", equalTo(oldName)).body("location.latitude", equalTo(34.55f));
        anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).body("name", equalTo("Second correction")).body("location", nullValue());
    }

    @Test
    void revisionsOfAnUnknownMonumentAre404() {
        anonymousBreakingContract().get("/api/v1/monuments/no-such-monument/revisions").then().statusCode(404);
    }

    private static String feedEnd() {
        String cursor = null;
        boolean more;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            var json = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = json.getString("nextCursor") == null ? cursor : json.getString("nextCursor");
            more = json.getBoolean("hasMore");
        } while (more);
        return cursor;
    }

    private static List<Map<String, Object>> changesAfter(String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        boolean more;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            var json = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            all.addAll(json.getList("items"));
            cursor = json.getString("nextCursor") == null ? cursor : json.getString("nextCursor");
            more = json.getBoolean("hasMore");
        } while (more);
        return all;
    }
}
