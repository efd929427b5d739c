package org.heritageregistry.site;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.anonymous;

import java.util.ArrayList;
import java.util.List;

import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DatabaseTest
class SiteResourceTest {

    @Test
    void listsPalmyraAndTheIraqiSitesTheTextsMention() {
        anonymous().get("/api/v1/sites").then().statusCode(200)
                .body("items.id", hasItems("palmyra", "hatra", "nimrud"));
    }

    @Test
    void readsPalmyraWithItsIdentifiersAndArabicName() {
        anonymous().get("/api/v1/sites/palmyra").then().statusCode(200)
                .body("name", equalTo("Palmyra"))
                .body("wikidata", equalTo("Q5747"))
                .body("unescoId", equalTo("23"))
                .body("inDangerSince", equalTo("2013-06-20"))
                .body("country", equalTo("SY"))
                .body("names.name", hasItem("تدمر"))
                .body("location.latitude", notNullValue());
    }

    @Test
    void pagesThroughAllSitesWithTheCursor() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = anonymous().queryParam("limit", 1);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/sites").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            org.junit.jupiter.api.Assertions.assertTrue(ids.size() <= 1);
            seen.addAll(ids);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(seen.stream().distinct().sorted().toList(), seen);
        org.junit.jupiter.api.Assertions.assertTrue(seen.containsAll(List.of("hatra", "nimrud", "palmyra")));
    }

    @Test
    void unknownSiteIs404Problem() {
        anonymous().get("/api/v1/sites/atlantis").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/sites/atlantis"));
    }

    @Test
    void lastPageHasNoCursor() {
        anonymous().queryParam("limit", 100).get("/api/v1/sites").then().statusCode(200).body("nextCursor", nullValue());
    }
}
