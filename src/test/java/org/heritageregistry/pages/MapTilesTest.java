package org.heritageregistry.pages;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** With a tile server configured, the site page's map gets its URL and the pages' policy its origin, and nothing more. */
@QuarkusTest
@DatabaseIndependent("configuration: the map's tile server and the pages' Content-Security-Policy")
@TestProfile(MapTilesTest.WithTiles.class)
class MapTilesTest {

    static final String TILES = "https://{s}.tile.example.org/{z}/{x}/{y}.png";

    public static class WithTiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.map.tile-url", TILES, "registry.map.tile-attribution", "© Example <b>contributors</b>");
        }
    }

    @Test
    void theTileServersOriginIsAllowedForImagesOnThePagesOnly() throws Exception {
        String id = "site-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as(Api.CURATOR).contentType(ContentType.JSON).body(Map.of("id", id, "name", "Tiled site", "country", "SY",
                "location", Map.of("latitude", 34.55, "longitude", 38.27))).post("/api/v1/sites").then().statusCode(201);

        var answer = RestAssured.given().get("/pages/sites/" + id);
        answer.then().statusCode(200)
                .header("Content-Security-Policy", containsString("img-src 'self' https://*.tile.example.org;"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        JsonNode data = new ObjectMapper().readTree(Jsoup.parse(answer.asString()).getElementById("site-map").attr("data-map"));
        assertEquals(TILES, data.get("tiles").asText());
        assertEquals("© Example <b>contributors</b>", data.get("attribution").asText(), "passed on as text; site-map.js sets it as text");
        RestAssured.given().get("/api/v1/sites/" + id).then().statusCode(200)
                .header("Content-Security-Policy", not(containsString("tile.example.org")));
    }
}
