package org.heritageregistry.reliability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Security headers, CORS, body limits, and data that looks like code stored as data. */
@QuarkusTest
@DatabaseTest
class HttpHardeningTest {

    @Test
    void apiResponsesCarrySecurityHeaders() {
        anonymous().get("/api/v1/monuments/temple-of-bel").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void browsersMayReadThePublicRecordFromAnyOrigin() {
        RestAssured.given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/api/v1/monuments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("GET"));
        anonymous().header("Origin", "https://dashboard.example").get("/api/v1/monuments/temple-of-bel").then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        // a page's Link to the next one (the only way to page a CSV or GeoJSON export) is readable too
        anonymous().header("Origin", "https://dashboard.example").get("/api/v1/monuments?limit=1").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void aBodyOverTheLimitIs413AndRecordsNothing() {
        refusedAsTooLargeAndNothingRecorded("x".repeat(1_100_000));
    }

    @Test
    void aBodyOverTheHttpLayersOwnLimitIsTheSame413Problem() {
        // two bytes each in UTF-8: 2.4 MB, over quarkus.http.limits.max-body-size (2M)
        refusedAsTooLargeAndNothingRecorded("\u0645".repeat(1_200_000));
    }

    private static void refusedAsTooLargeAndNothingRecorded(String summary) {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("summary", summary);
        asBreakingContract(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/body-too-large"));
        anonymous().queryParam("monument", monument).get("/api/v1/reports").then().body("items.size()", equalTo(0));
    }

    @Test
    void arabicAndCodeLikeTextRoundTripAsData() {
        String monument = Api.newMonument();
        String sql = "'; DROP TABLE damage_report; --";
        String html = "<script>alert('palmyra')</script><img src=x onerror=alert(1)>";
        String arabic = "\u200Fمعبد بل \u2014 دُمّر جزئياً";
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("summary", sql + " " + html);
        body.put("conditionWording", arabic);
        body.put("certaintyWording", "\"quoted\" \\ back\\slash \u0000".replace("\u0000", "nul"));
        String id = Api.submit(CURATOR, body);
        var read = anonymous().get("/api/v1/reports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(sql + " " + html, read.getString("summary"));
        assertEquals(arabic, read.getString("conditionWording"));
        anonymous().queryParam("q", "DROP TABLE").get("/api/v1/monuments").then().statusCode(200);
        anonymous().get("/api/v1/reports?limit=1").then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void rightToLeftNamesRoundTripOnMonuments() {
        String id = "test-rtl-" + System.nanoTime();
        var body = Map.of("id", id, "siteId", "palmyra", "name", "Tower of Elahbel (copy)", "category", "FUNERARY_TOWER",
                "names", List.of(Map.of("name", "\u200Fبرج إلهبل", "lang", "ar"), Map.of("name", "Qasr al-ʿArus", "lang", "ar-Latn")));
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201);
        anonymous().get("/api/v1/monuments/" + id).then().body("names[0].name", equalTo("\u200Fبرج إلهبل"))
                .body("names[1].name", equalTo("Qasr al-ʿArus"));
        anonymous().queryParam("q", "إلهبل").get("/api/v1/monuments").then().body("items[0].id", equalTo(id));
    }

    @Test
    void aNulCharacterAnywhereIsA400NotADatabaseError() {
        // PostgreSQL refuses text holding NUL: without the checks each of these was a 500 there
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/monuments?q=bel%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
        RestAssured.given().urlEncodingEnabled(false).get("/api/v1/monuments/temple-of-bel%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("path"));
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("summary", "before\u0000after");
        int before = Api.reportCount();
        Api.asBreakingContract(Api.CURATOR).contentType(io.restassured.http.ContentType.JSON).body(body).post("/api/v1/reports").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("summary"));
        org.junit.jupiter.api.Assertions.assertEquals(before, Api.reportCount());
    }
}
