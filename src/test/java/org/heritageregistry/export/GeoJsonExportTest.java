package org.heritageregistry.export;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.export.Exports.GEO_JSON;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Monuments as RFC 7946 GeoJSON, on the same list and item resources as the JSON. */
@QuarkusTest
@DatabaseTest
class GeoJsonExportTest {

    @Test
    void theTempleOfBelIsAPointFeatureWithLongitudeFirst() {
        anonymous().accept(GEO_JSON).get("/api/v1/monuments/temple-of-bel").then().statusCode(200)
                .contentType(GEO_JSON)
                .body("type", equalTo("Feature"))
                .body("id", equalTo("temple-of-bel"))
                .body("geometry.type", equalTo("Point"))
                // RFC 7946: [longitude, latitude]; the JSON's GeoPoint has latitude 34.547, longitude 38.274
                .body("geometry.coordinates", contains(38.274f, 34.547f))
                .body("properties.id", equalTo("temple-of-bel"))
                .body("properties.name", equalTo("Temple of Bel"))
                .body("properties.siteId", equalTo("palmyra"))
                .body("properties.category", equalTo("TEMPLE"))
                .body("properties.currentCondition", equalTo("DESTROYED"))
                .body("properties.retired", equalTo(false))
                .body("properties.url", org.hamcrest.Matchers.endsWith("/api/v1/monuments/temple-of-bel"))
                .body("properties.establishedBy.status", equalTo("VERIFIED"))
                .body("properties.establishedBy.source.name", equalTo("UNITAR/UNOSAT"))
                .body("properties.latestClaim.reportId", notNullValue());
    }

    @Test
    void theFeatureSaysWhatTheJsonSays() {
        JsonPath json = anonymous().get("/api/v1/monuments/temple-of-bel").then().statusCode(200).extract().jsonPath();
        JsonPath geo = anonymous().accept(GEO_JSON).get("/api/v1/monuments/temple-of-bel").then().statusCode(200).extract().jsonPath();
        assertEquals(json.getMap("establishedBy"), geo.getMap("properties.establishedBy"));
        assertEquals(json.getMap("latestClaim"), geo.getMap("properties.latestClaim"));
        assertEquals(json.getFloat("location.longitude"), geo.getFloat("geometry.coordinates[0]"));
        assertEquals(json.getFloat("location.latitude"), geo.getFloat("geometry.coordinates[1]"));
        // the url property leads back to the JSON resource
        String url = geo.getString("properties.url");
        anonymous().urlEncodingEnabled(false).get(url).then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo("temple-of-bel"));
    }

    @Test
    void aMonumentWithoutALocationHasANullGeometry() {
        String id = "test-unlocated-" + UUID.randomUUID().toString().substring(0, 8);
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "siteId", "palmyra", "name", "Unlocated " + id, "category", "OTHER"))
                .post("/api/v1/monuments").then().statusCode(201);
        String body = anonymous().accept(GEO_JSON).get("/api/v1/monuments/" + id).then().statusCode(200)
                .body("$", hasKey("geometry")).body("geometry", nullValue()).extract().asString();
        assertTrue(body.contains("\"geometry\":null"), body); // present and null, as RFC 7946 asks, not left out
        anonymous().accept(GEO_JSON).queryParam("q", id).get("/api/v1/monuments").then().statusCode(200)
                .body("features[0].id", equalTo(id)).body("features[0]", hasKey("geometry")).body("features[0].geometry", nullValue());
    }

    @Test
    void theListIsAFeatureCollectionWithTheJsonFilters() {
        anonymous().accept(GEO_JSON).queryParam("category", "FUNERARY_TOWER").queryParam("limit", 100).get("/api/v1/monuments").then().statusCode(200)
                .contentType(GEO_JSON)
                .body("type", equalTo("FeatureCollection"))
                .body("features.type", everyItem(equalTo("Feature")))
                .body("features.properties.category", everyItem(equalTo("FUNERARY_TOWER")))
                .body("features.id", org.hamcrest.Matchers.hasItems("tower-of-elahbel", "tower-of-iamblichus", "tower-of-kithot"));
        Response bel = anonymous().accept(GEO_JSON).queryParam("q", "معبد بل").get("/api/v1/monuments");
        bel.then().statusCode(200).body("features.id", org.hamcrest.Matchers.hasItem("temple-of-bel"));
        List<Float> coordinates = bel.jsonPath().getList("features.find { it.id == 'temple-of-bel' }.geometry.coordinates");
        assertEquals(List.of(38.274f, 34.547f), coordinates);
    }

    @Test
    void everyPageIsReachableThroughTheLinkHeaderAndTheForeignMember() {
        List<String> json = anonymous().queryParam("limit", 100).get("/api/v1/monuments").then().statusCode(200).extract().jsonPath().getList("items.id");
        List<String> viaLinks = new ArrayList<>();
        for (Response page : Exports.allPages(Api::anonymous, GEO_JSON, "/api/v1/monuments?limit=3")) {
            viaLinks.addAll(page.jsonPath().getList("features.id"));
            String cursor = page.jsonPath().getString("nextCursor");
            String link = Exports.next(page);
            if (link == null) {
                assertNull(cursor, "the last page has no nextCursor");
            } else {
                assertNotNull(cursor, "a page with a next Link also has the nextCursor foreign member");
                assertTrue(link.endsWith("cursor=" + cursor) && link.contains("limit=3"), link);
            }
        }
        assertEquals(json.subList(0, Math.min(json.size(), viaLinks.size())), viaLinks.subList(0, Math.min(json.size(), viaLinks.size())));
        assertTrue(viaLinks.size() >= json.size());
    }

    @Test
    void theLinkKeepsTheFiltersIncludingArabicText() {
        Response first = anonymous().accept(GEO_JSON).queryParam("q", "معبد").queryParam("limit", 1).get("/api/v1/monuments");
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        String next = Exports.next(first);
        assertTrue(next.contains("q=%D9%85%D8%B9%D8%A8%D8%AF"), next);
        anonymous().accept(GEO_JSON).urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("features.size()", equalTo(1))
                .body("features[0].id", org.hamcrest.Matchers.not(equalTo(first.jsonPath().getString("features[0].id"))));
    }
}
