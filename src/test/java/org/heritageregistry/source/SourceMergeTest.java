package org.heritageregistry.source;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.source.Curation.etag;
import static org.heritageregistry.source.Curation.merge;
import static org.heritageregistry.source.Curation.source;
import static org.heritageregistry.source.Curation.uniqueName;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /sources/{id}/merge: a duplicate folded into its survivor, claims and names included, nothing lost. */
@QuarkusTest
@DatabaseTest
class SourceMergeTest {

    @Test
    void aMergeReCitesEveryRevisionTakesTheNamesAndRedirectsTheDuplicate() {
        String survivorName = uniqueName("Antiquities chief");
        String survivor = source(survivorName, false);
        String duplicateName = uniqueName("Antiquities chief spelt otherwise");
        String duplicateAlias = uniqueName("Third spelling");
        String duplicate = source(duplicateName, false, duplicateAlias);
        String other = source(uniqueName("Agency"), false);
        String monument = Api.newMonument();
        String cited = Api.submit(CURATOR, Api.report(monument, duplicate, "SEVERELY_DAMAGED", "2015-08-23"));
        Map<String, Object> corrected = Api.report(monument, duplicate, "SEVERELY_DAMAGED", "2015-08-23");
        corrected.put("summary", "A test claim, corrected.");
        String revision = Api.amend(CURATOR, cited, corrected).statusCode(201).extract().path("id");
        Map<String, Object> relayedBody = Api.report(monument, other, "DESTROYED", "2015-08-30");
        relayedBody.put("relayedById", duplicate);
        String relayed = Api.submit(CURATOR, relayedBody);
        String monumentTag = anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().header("ETag");
        String feedEnd = Curation.feedEnd();

        merge(CURATOR, duplicate, etag(duplicate), survivor).statusCode(200)
                .body("id", equalTo(survivor)).body("name", equalTo(survivorName))
                .body("aliases", hasItems(duplicateName, duplicateAlias));

        // every revision of the claim now cites the survivor, the relay too
        anonymous().get("/api/v1/reports/" + revision + "/revisions").then().statusCode(200)
                .body("items", hasSize(2)).body("items.source.id", everyItem(equalTo(survivor)));
        anonymous().get("/api/v1/reports/" + relayed).then().statusCode(200)
                .body("source.id", equalTo(other)).body("relayedBy.id", equalTo(survivor));
        anonymous().queryParam("source", survivor).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", hasItems(revision, relayed));
        // the monument's cached view moved with it
        anonymous().header("If-None-Match", monumentTag).get("/api/v1/monuments/" + monument).then().statusCode(200);
        // the duplicate redirects; its old name finds the survivor
        anonymous().redirects().follow(false).get("/api/v1/sources/" + duplicate).then().statusCode(308)
                .header("Location", endsWith("/api/v1/sources/" + survivor));
        anonymous().queryParam("q", duplicateName).get("/api/v1/sources").then().statusCode(200).body("items.id", equalTo(List.of(survivor)));
        // nothing is lost: the duplicate's record stays readable in its revisions, and the survivor's aliases before
        anonymous().get("/api/v1/sources/" + duplicate + "/revisions").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].changes.merged.from", equalTo(duplicate))
                .body("items[0].changes.merged.to", equalTo(survivor));
        anonymous().get("/api/v1/sources/" + survivor + "/revisions").then().statusCode(200)
                .body("items[0].changes.merged.from", equalTo(duplicate)).body("items[0].changes.aliases.from", hasSize(0));
        as(ADMIN).queryParam("entityType", "source").queryParam("entityId", duplicate).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'SOURCE_MERGED' }.changes.name", equalTo(duplicateName))
                .body("items.find { it.action == 'SOURCE_MERGED' }.changes.into", equalTo(survivor));
        as(ADMIN).queryParam("entityType", "source").queryParam("entityId", survivor).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("SOURCE_MERGED"));
        List<Map<String, Object>> changes = Curation.changesAfter(feedEnd).stream()
                .filter(c -> duplicate.equals(c.get("entityId")) || survivor.equals(c.get("entityId"))).toList();
        assertEquals(List.of("SOURCE_MERGED", "SOURCE_MERGED"), changes.stream().map(c -> c.get("kind")).toList());
        assertEquals(List.of(duplicate, survivor), changes.stream().map(c -> c.get("entityId")).toList());
        // a merged source is cited by no new claim and edited no more
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, duplicate, "DESTROYED", "2015-09-01"))
                .post("/api/v1/reports").then().statusCode(400).body("errors.field", hasItem("sourceId"));
        as(CURATOR).contentType(Curation.MERGE_PATCH).header("If-Match", "*").body("{\"reliability\":\"A\"}")
                .patch("/api/v1/sources/" + duplicate).then().statusCode(409).body("type", equalTo("/problems/already-merged"));
    }

    @Test
    void confidentialSourcesMergeOnlyWithConfidentialOnesAndNeverShowTheirNames() {
        String survivor = source(uniqueName("Activist"), true);
        String duplicateName = uniqueName("Activist");
        String duplicate = source(duplicateName, true);
        String publicSource = source(uniqueName("Agency"), false);
        String before = etag(duplicate);
        merge(CURATOR, duplicate, before, publicSource).statusCode(422).body("type", equalTo("/problems/merge-confidentiality"));
        merge(CURATOR, publicSource, etag(publicSource), survivor).statusCode(422).body("type", equalTo("/problems/merge-confidentiality"));
        as(CURATOR).get("/api/v1/sources/" + duplicate).then().statusCode(200).header("ETag", equalTo(before));
        merge(CURATOR, duplicate, before, survivor).statusCode(200);
        String publicly = anonymous().get("/api/v1/sources/" + survivor).then().statusCode(200).body("name", nullValue()).body("aliases", nullValue())
                .extract().asString();
        assertFalse(publicly.contains(duplicateName), publicly);
        String revisions = anonymous().get("/api/v1/sources/" + survivor + "/revisions").then().statusCode(200).extract().asString();
        assertFalse(revisions.contains(duplicateName), revisions);
        anonymous().queryParam("q", duplicateName).get("/api/v1/sources").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void eachRefusalIsAClearProblemAndChangesNothing() {
        String survivor = source(uniqueName("Agency"), false);
        String duplicate = source(uniqueName("Agency"), false);
        String before = etag(duplicate);
        String survivorBefore = etag(survivor);
        // into itself, into an unknown source
        merge(CURATOR, duplicate, before, duplicate).statusCode(422).body("type", equalTo("/problems/merge-into-itself"));
        merge(CURATOR, duplicate, before, UUID.randomUUID().toString()).statusCode(422)
                .body("type", equalTo("/problems/unknown-reference")).body("errors.field", hasItem("into"));
        // without If-Match, stale, by a reviewer, anonymous
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(Map.of("into", survivor)).post("/api/v1/sources/" + duplicate + "/merge").then()
                .statusCode(428);
        merge(CURATOR, duplicate, "\"999999\"", survivor).statusCode(412);
        merge(REVIEWER, duplicate, before, survivor).statusCode(403);
        anonymousBreakingContract().contentType(ContentType.JSON).header("If-Match", before).body(Map.of("into", survivor))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(401);
        // a body that is not a merge
        asBreakingContract(CURATOR).contentType(ContentType.JSON).header("If-Match", before).body(Map.of("into", "not-a-uuid"))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(400);
        asBreakingContract(CURATOR).contentType(ContentType.JSON).header("If-Match", before).body(Map.of("into", survivor, "also", "x"))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(400);
        as(CURATOR).get("/api/v1/sources/" + duplicate).then().statusCode(200).header("ETag", equalTo(before));
        as(CURATOR).get("/api/v1/sources/" + survivor).then().statusCode(200).header("ETag", equalTo(survivorBefore)).body("aliases", nullValue());
        anonymous().get("/api/v1/sources/" + duplicate + "/revisions").then().statusCode(200).body("items", hasSize(0));

        // merged once: the duplicate is not merged again, and nothing merges into it
        merge(ADMIN, duplicate, before, survivor).statusCode(200);
        String third = source(uniqueName("Agency"), false);
        String thirdBefore = etag(third);
        merge(CURATOR, duplicate, "*", third).statusCode(409).body("type", equalTo("/problems/already-merged"));
        merge(CURATOR, third, thirdBefore, duplicate).statusCode(409).body("type", equalTo("/problems/already-merged"));
        as(CURATOR).get("/api/v1/sources/" + third).then().statusCode(200).header("ETag", equalTo(thirdBefore));
        String survivorAfter = etag(survivor);
        assertNotEquals(survivorBefore, survivorAfter);
        as(CURATOR).redirects().follow(false).get("/api/v1/sources/" + duplicate).then().statusCode(308);
    }

    @Test
    void mergedDuplicatesLeaveTheListAndARetryWithTheSameKeyReplays() {
        String survivor = source(uniqueName("Agency"), false);
        String duplicate = source(uniqueName("Agency"), false);
        String key = "test-merge-" + UUID.randomUUID();
        String tag = etag(duplicate);
        as(CURATOR).contentType(ContentType.JSON).header("If-Match", tag).header("Idempotency-Key", key).body(Map.of("into", survivor))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(200);
        as(CURATOR).contentType(ContentType.JSON).header("If-Match", tag).header("Idempotency-Key", key).body(Map.of("into", survivor))
                .post("/api/v1/sources/" + duplicate + "/merge").then().statusCode(200).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(survivor));
        List<Object> ids = Api.allItems(CURATOR, "/api/v1/sources").stream().map(s -> s.get("id")).toList();
        assertFalse(ids.contains(duplicate));
    }
}
