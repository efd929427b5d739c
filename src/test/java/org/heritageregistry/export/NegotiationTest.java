package org.heritageregistry.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.heritageregistry.export.Exports.CSV;
import static org.heritageregistry.export.Exports.GEO_JSON;
import static org.heritageregistry.export.Exports.LD_JSON;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Content negotiation on the list and item resources: JSON stays the default, each export is
 * chosen by Accept, anything else is a 406 problem, and every representation has its own ETag.
 */
@QuarkusTest
@DatabaseIndependent("content negotiation and per-representation ETags, decided in the HTTP layer")
class NegotiationTest {

    private static final String BEL = "/api/v1/monuments/temple-of-bel";

    @Test
    void jsonStaysTheDefault() {
        io.restassured.RestAssured.given().filter(org.heritageregistry.support.Contract.STRICT).get(BEL).then().statusCode(200)
                .contentType("application/json").body("location.latitude", equalTo(34.547f));
        anonymous().accept("*/*").get("/api/v1/monuments").then().statusCode(200).contentType("application/json").body("items", org.hamcrest.Matchers.notNullValue());
        anonymous().accept("application/*").get("/api/v1/reports").then().statusCode(200).contentType("application/json");
    }

    @Test
    void theClientsPreferenceOrderDecides() {
        anonymous().accept("application/json;q=0.5, text/csv").get("/api/v1/reports?limit=1").then().statusCode(200).contentType(startsWith(CSV));
        anonymous().accept("text/csv;q=0.2, application/json").get("/api/v1/reports?limit=1").then().statusCode(200).contentType("application/json");
        anonymous().accept("text/*").get("/api/v1/monuments?limit=1").then().statusCode(200).contentType(startsWith(CSV));
        anonymous().accept("application/ld+json, application/geo+json;q=0.9").get(BEL).then().statusCode(200).contentType(LD_JSON);
    }

    @Test
    void unsupportedTypesAre406Problems() {
        for (String path : List.of("/api/v1/monuments", BEL, BEL + "/history", "/api/v1/reports")) {
            for (String accept : List.of("text/html", "application/xml", "image/png")) {
                anonymousBreakingContract().accept(accept).get(path).then().statusCode(406)
                        .contentType("application/problem+json").body("status", equalTo(406)).body("title", equalTo("Not Acceptable"));
            }
        }
        // an export that exists, asked of a resource that does not offer it
        anonymousBreakingContract().accept(CSV).get(BEL).then().statusCode(406).contentType("application/problem+json");
        anonymousBreakingContract().accept(GEO_JSON).get("/api/v1/reports").then().statusCode(406).contentType("application/problem+json");
        anonymousBreakingContract().accept(GEO_JSON).get(BEL + "/history").then().statusCode(406).contentType("application/problem+json");
        anonymousBreakingContract().accept(LD_JSON).get("/api/v1/monuments").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void oddAcceptHeadersAreNeverAServerError() {
        for (String accept : List.of("text/csv;q=0", "*/*;q=0", "text/csv;q=abc", "text/", ";;;", "text/csv;charset=\"", "application/geo+json;q=0, */*;q=0.1")) {
            for (String path : List.of("/api/v1/monuments", BEL, "/api/v1/reports")) {
                int status = io.restassured.RestAssured.given().filter(org.heritageregistry.support.Contract.RESPONSES_ONLY).header("Accept", accept)
                        .get(path).then().extract().statusCode();
                assertTrue(status < 500, "Accept '" + accept + "' on " + path + " answered " + status);
            }
        }
        // q=0 excludes a type: here only JSON remains acceptable
        anonymousBreakingContract().header("Accept", "text/csv;q=0, application/json;q=0.1").get("/api/v1/reports?limit=1").then().statusCode(200)
                .contentType("application/json");
        anonymousBreakingContract().header("Accept", "text/csv;q=0").get("/api/v1/reports").then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemInEveryRepresentation() {
        for (String accept : List.of(CSV, GEO_JSON)) {
            anonymousBreakingContract().accept(accept).queryParam("condition", "RUINED").get("/api/v1/monuments").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("condition"));
            anonymousBreakingContract().accept(accept).queryParam("cursor", "not-a-cursor").get("/api/v1/monuments").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        anonymousBreakingContract().accept(CSV).queryParam("eventFrom", "2015-09-30").queryParam("eventTo", "2015-08-01").get("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("eventTo"));
        anonymous().accept(LD_JSON).get("/api/v1/monuments/temple-of-nowhere").then().statusCode(404).contentType("application/problem+json");
        anonymous().accept(GEO_JSON).get("/api/v1/monuments/temple-of-nowhere").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void eachRepresentationHasItsOwnEtagAndIsRevalidatedWithIt() {
        Set<String> tags = new HashSet<>();
        for (String path : List.of(BEL, BEL + "/history")) {
            for (String accept : path.endsWith("history") ? List.of("application/json", LD_JSON) : List.of("application/json", GEO_JSON, LD_JSON)) {
                var ok = anonymous().accept(accept).get(path).then().statusCode(200).header("Vary", containsString("Accept")).extract();
                String tag = ok.header("ETag");
                anonymous().accept(accept).header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", tag)
                        .header("Vary", containsString("Accept"));
                if (!path.endsWith("history")) {
                    assertTrue(tags.add(tag), accept + " shares its ETag " + tag + " with another representation");
                }
            }
        }
        // the JSON's tag does not revalidate the GeoJSON, nor the other way round
        String json = anonymous().get(BEL).then().statusCode(200).extract().header("ETag");
        String geo = anonymous().accept(GEO_JSON).get(BEL).then().statusCode(200).extract().header("ETag");
        anonymous().accept(GEO_JSON).header("If-None-Match", json).get(BEL).then().statusCode(200).contentType(GEO_JSON);
        anonymous().header("If-None-Match", geo).get(BEL).then().statusCode(200).contentType("application/json");
        // and the signed-in form (confidential sources revealed) has tags of its own too
        String revealed = as(CURATOR).accept(GEO_JSON).get(BEL).then().statusCode(200).extract().header("ETag");
        assertTrue(!revealed.equals(geo) && !tags.contains(revealed), revealed);
    }

    @Test
    void aChangeEndsThe304OfEveryRepresentation() {
        String id = Api.newMonument();
        String path = "/api/v1/monuments/" + id;
        String geo = anonymous().accept(GEO_JSON).get(path).then().statusCode(200).extract().header("ETag");
        String ld = anonymous().accept(LD_JSON).get(path + "/history").then().statusCode(200).extract().header("ETag");
        Api.submit(CURATOR, Api.report(id, Api.newSource(false), "DESTROYED", "2015-08-30"));
        anonymous().accept(GEO_JSON).header("If-None-Match", geo).get(path).then().statusCode(200)
                .body("properties.latestClaim.condition", equalTo("DESTROYED"));
        String after = anonymous().accept(LD_JSON).header("If-None-Match", ld).get(path + "/history").then().statusCode(200).extract().header("ETag");
        assertEquals(false, after.equals(ld));
    }
}
