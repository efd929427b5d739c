package org.heritageregistry.source;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.source.Curation.etag;
import static org.heritageregistry.source.Curation.patch;
import static org.heritageregistry.source.Curation.patchBreakingContract;
import static org.heritageregistry.source.Curation.source;
import static org.heritageregistry.source.Curation.uniqueName;
import static org.heritageregistry.source.Curation.version;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** PATCH /sources/{id}: JSON Merge Patch with If-Match, as for monuments; audited, in the feed, the previous record readable. */
@QuarkusTest
@DatabaseTest
class SourcePatchTest {

    @Test
    void aCuratorRenamesASourceAndTheSearchFindsItByItsNewNamesOnly() {
        String oldName = uniqueName("Agency");
        String id = source(oldName, false);
        String before = etag(id);
        String newName = uniqueName("Renamed");
        String alias = uniqueName("Spelling");
        String after = patch(CURATOR, id, before, "{\"name\":\"" + newName + "\",\"aliases\":[\"" + alias + "\"],\"reliability\":\"B\"}")
                .statusCode(200).body("id", equalTo(id)).body("name", equalTo(newName)).body("aliases", contains(alias))
                .body("reliability", equalTo("B")).body("kind", equalTo("NEWS_AGENCY"))
                .extract().header("ETag");
        assertNotEquals(version(before), version(after));
        anonymous().get("/api/v1/sources/" + id).then().statusCode(200).body("name", equalTo(newName));
        // the search key follows the names: the new ones find it, the old one no longer does
        anonymous().queryParam("q", alias.toLowerCase()).get("/api/v1/sources").then().statusCode(200).body("items.id", contains(id));
        anonymous().queryParam("q", newName).get("/api/v1/sources").then().statusCode(200).body("items.id", contains(id));
        anonymous().queryParam("q", oldName).get("/api/v1/sources").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void nullRemovesOptionalFieldsAbsentOnesStayAndAliasesAreReplacedWhole() {
        String a = uniqueName("Alias one");
        String id = source(uniqueName("Agency"), false, a, uniqueName("Alias two"));
        patch(CURATOR, id, etag(id), "{\"url\":null,\"description\":null}").statusCode(200)
                .body("url", nullValue()).body("description", nullValue()).body("aliases", hasSize(2)).body("reliability", equalTo("C"));
        String b = uniqueName("Alias three");
        patch(CURATOR, id, etag(id), "{\"aliases\":[\"" + b + "\"]}").statusCode(200).body("aliases", contains(b));
        patch(CURATOR, id, etag(id), "{\"aliases\":null}").statusCode(200).body("aliases", nullValue());
        anonymous().queryParam("q", a).get("/api/v1/sources").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anUnknownFieldOrTheIdIsA400NamingItAndChangesNothing() {
        String name = uniqueName("Agency");
        String id = source(name, false);
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"name\":\"Changed\",\"colour\":\"red\"}").statusCode(400).body("errors.field", hasItem("colour"));
        patchBreakingContract(CURATOR, id, before, "{\"id\":\"" + java.util.UUID.randomUUID() + "\"}").statusCode(400).body("errors.field", hasItem("id"));
        as(CURATOR).get("/api/v1/sources/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo(name));
    }

    @Test
    void badValuesAre400sNamingTheFieldAsOnRegistration() {
        String name = uniqueName("Agency");
        String id = source(name, false);
        String before = etag(id);
        patchBreakingContract(CURATOR, id, before, "{\"kind\":\"ORACLE\"}").statusCode(400).body("errors.field", hasItem("kind"));
        patchBreakingContract(CURATOR, id, before, "{\"reliability\":\"Z\"}").statusCode(400).body("errors.field", hasItem("reliability"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":null}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "{\"confidential\":null}").statusCode(400).body("errors.field", hasItem("confidential"));
        patchBreakingContract(CURATOR, id, before, "{\"confidential\":\"yes\"}").statusCode(400).body("errors.field", hasItem("confidential"));
        patchBreakingContract(CURATOR, id, before, "{\"name\":\"  \"}").statusCode(400).body("errors.field", hasItem("name"));
        patchBreakingContract(CURATOR, id, before, "{\"url\":\"not a url\"}").statusCode(400).body("errors.field", hasItem("url"));
        patchBreakingContract(CURATOR, id, before, "{\"aliases\":\"one\"}").statusCode(400).body("errors.field", hasItem("aliases"));
        patchBreakingContract(CURATOR, id, before, "[]").statusCode(400);
        as(CURATOR).get("/api/v1/sources/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo(name));
    }

    @Test
    void withoutIfMatchIs428AndStaleIs412() {
        String id = source(uniqueName("Agency"), false);
        String before = etag(id);
        patchBreakingContract(CURATOR, id, null, "{\"reliability\":\"A\"}").statusCode(428).body("type", equalTo("/problems/if-match-required"));
        patch(CURATOR, id, before, "{\"reliability\":\"A\"}").statusCode(200);
        patch(CURATOR, id, before, "{\"reliability\":\"E\"}").statusCode(412).body("type", equalTo("/problems/stale-version"));
        anonymous().get("/api/v1/sources/" + id).then().statusCode(200).body("reliability", equalTo("A"));
    }

    @Test
    void curatorsAndAdminsEditReviewersAndAnonymousCallersMayNot() {
        String id = source(uniqueName("Agency"), false);
        String before = etag(id);
        patch(REVIEWER, id, before, "{\"reliability\":\"A\"}").statusCode(403);
        patchBreakingContract(null, id, before, "{\"reliability\":\"A\"}").statusCode(401);
        as(CURATOR).get("/api/v1/sources/" + id).then().statusCode(200).header("ETag", equalTo(before));
        patch(ADMIN, id, before, "{\"reliability\":\"A\"}").statusCode(200);
    }

    @Test
    void renamingToAnotherSourcesNameIs409UnlessTheCuratorInsists() {
        String taken = uniqueName("Observatory");
        String other = source(uniqueName("Agency"), false, taken);
        String name = uniqueName("Agency");
        String id = source(name, false);
        String before = etag(id);
        patch(CURATOR, id, before, "{\"name\":\"" + taken.toUpperCase() + "\"}").statusCode(409)
                .body("type", equalTo("/problems/similar-source")).body("candidates.id", contains(other));
        as(CURATOR).get("/api/v1/sources/" + id).then().statusCode(200).header("ETag", equalTo(before)).body("name", equalTo(name));
        as(CURATOR).queryParam("allowSimilar", "true").contentType(Curation.MERGE_PATCH).header("If-Match", before)
                .body("{\"name\":\"" + taken + "\"}").patch("/api/v1/sources/" + id).then().statusCode(200).body("name", equalTo(taken));
        // the names it already bears do not count against a later edit
        patch(CURATOR, id, etag(id), "{\"reliability\":\"B\"}").statusCode(200);
    }

    @Test
    void anEditIsAuditedWithFromAndToAndTheFeedNamesOnlyTheFields() {
        String name = uniqueName("Activist");
        String id = source(name, true);
        String feedEnd = Curation.feedEnd();
        String newName = uniqueName("Activist");
        patch(CURATOR, id, etag(id), "{\"name\":\"" + newName + "\",\"reliability\":\"D\"}").statusCode(200);
        as(ADMIN).queryParam("entityType", "source").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'SOURCE_UPDATED' }.actor", equalTo(CURATOR))
                .body("items.find { it.action == 'SOURCE_UPDATED' }.changes.name.from", equalTo(name))
                .body("items.find { it.action == 'SOURCE_UPDATED' }.changes.name.to", equalTo(newName))
                .body("items.find { it.action == 'SOURCE_UPDATED' }.changes.reliability.to", equalTo("D"))
                .body("items.find { it.action == 'SOURCE_UPDATED' }.changes", not(hasKey("url")));
        List<Map<String, Object>> mine = Curation.changesAfter(feedEnd).stream().filter(c -> id.equals(c.get("entityId"))).toList();
        assertEquals(List.of("SOURCE_UPDATED"), mine.stream().map(c -> c.get("kind")).toList());
        assertEquals("/api/v1/sources/" + id, mine.get(0).get("link"));
        // a confidential source: the public feed names the fields, never the names
        assertFalse(mine.toString().contains(newName), mine.toString());
        assertFalse(mine.toString().contains(name), mine.toString());
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() {
        String id = source(uniqueName("Agency"), false);
        String before = etag(id);
        String after = patch(CURATOR, id, before, "{\"kind\":\"NEWS_AGENCY\",\"reliability\":\"C\"}").statusCode(200).extract().header("ETag");
        assertEquals(version(before), version(after));
        anonymous().get("/api/v1/sources/" + id + "/revisions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void thePreviousRecordStaysReadableInRevisionsAndIsMaskedForThePublicWhenConfidential() {
        String name = uniqueName("Activist");
        String id = source(name, true);
        String second = uniqueName("Activist");
        patch(CURATOR, id, etag(id), "{\"name\":\"" + second + "\"}").statusCode(200);
        patch(ADMIN, id, etag(id), "{\"description\":null}").statusCode(200);
        as(REVIEWER).get("/api/v1/sources/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items[0].recordedBy", equalTo(CURATOR))
                .body("items[0].changes.name.from", equalTo(name))
                .body("items[0].changes.name.to", equalTo(second))
                .body("items[1].changes.description.from", equalTo("A test source."))
                .body("items[1].changes.description.to", nullValue());
        String publicly = anonymous().get("/api/v1/sources/" + id + "/revisions").then().statusCode(200)
                .body("items[0].changes", hasKey("name")).extract().asString();
        assertFalse(publicly.contains(name) || publicly.contains(second), publicly);
        // keyset paging: one edit a page
        String next = anonymous().queryParam("limit", 1).get("/api/v1/sources/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(1)).extract().path("nextCursor");
        anonymous().queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/sources/" + id + "/revisions").then().statusCode(200)
                .body("items.revision", contains(2));
    }

    @Test
    void renamingASourceMovesTheEtagsOfWhatCitesItSoNoCachedViewKeepsTheOldName() {
        String monument = Api.newMonument();
        String name = uniqueName("Agency");
        String id = source(name, false);
        String report = Api.submit(CURATOR, Api.report(monument, id, "SEVERELY_DAMAGED", "2015-08-23"));
        String reportTag = Api.etag(report);
        String monumentTag = anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200)
                .body("latestClaim.source.name", equalTo(name)).extract().header("ETag");
        String newName = uniqueName("Agency");
        patch(CURATOR, id, etag(id), "{\"name\":\"" + newName + "\"}").statusCode(200);
        anonymous().header("If-None-Match", monumentTag).get("/api/v1/monuments/" + monument).then().statusCode(200)
                .body("latestClaim.source.name", equalTo(newName));
        anonymous().header("If-None-Match", reportTag).get("/api/v1/reports/" + report).then().statusCode(200)
                .body("source.name", equalTo(newName));
        // made confidential: the public no longer sees the name anywhere
        patch(CURATOR, id, etag(id), "{\"confidential\":true,\"kind\":\"ACTIVIST\"}").statusCode(200);
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).body("latestClaim.source.name", nullValue());
        anonymous().get("/api/v1/reports/" + report).then().statusCode(200).body("source.name", nullValue());
    }

    @Test
    void revisionsOfAnUnknownSourceAre404() {
        org.heritageregistry.support.Api.anonymousBreakingContract().get("/api/v1/sources/" + java.util.UUID.randomUUID() + "/revisions").then().statusCode(404);
        patch(CURATOR, java.util.UUID.randomUUID().toString(), "\"1\"", "{\"reliability\":\"A\"}").statusCode(404);
    }
}
