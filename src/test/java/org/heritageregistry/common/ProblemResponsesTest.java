package org.heritageregistry.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DatabaseTest
class ProblemResponsesTest {

    @Test
    void unknownPathIsAProblem() {
        io.restassured.RestAssured.given().get("/api/v1/ruins").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found")).body("instance", equalTo("/api/v1/ruins"));
    }

    @Test
    void wrongMethodIsAProblem() {
        io.restassured.RestAssured.given().delete("/api/v1/monuments/temple-of-bel").then().statusCode(405).contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void oddCharactersInPathIdsAreA404NotAnError() {
        anonymousBreakingContract().get("/api/v1/monuments/%27%20or%201=1--").then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("SQL")));
        anonymousBreakingContract().get("/api/v1/monuments/%D9%85%D8%B9%D8%A8%D8%AF").then().statusCode(404);
    }

    @Test
    void aLongUnknownBodyFieldIsNamedWithinTheContractsBounds() {
        // found by ContractFuzzTest: a 500-character field name came back whole, past FieldError.field's maxLength of 200
        String name = "x".repeat(500);
        String field = asBreakingContract("curator").contentType("application/json")
                .body(Map.of("name", "A source", "kind", "NEWS_AGENCY", "reliability", "C", name, 1)).post("/api/v1/sources")
                .then().statusCode(400).contentType("application/problem+json").extract().path("errors[0].field");
        assertTrue(field.length() <= 200 && field.startsWith("xxx"), field);
    }

    @Test
    void aLongUnknownMemberOfABoundaryOrAPatchIsNamedWithinTheContractsBounds() {
        // found by ContractFuzzTest in CI: the site boundary's checks and the merge patch build their own field paths
        String name = "x".repeat(500);
        Map<String, Object> boundary = Map.of("type", "Polygon", "coordinates", java.util.List.of(), name, 1);
        String field = asBreakingContract("curator").contentType("application/json")
                .body(Map.of("id", "test-long-member-site", "name", "A site", "country", "SY", "boundary", boundary)).post("/api/v1/sites")
                .then().statusCode(400).contentType("application/problem+json").extract().path("errors[0].field");
        assertTrue(field.length() <= 200 && field.startsWith("boundary.xxx"), field);
        String patched = asBreakingContract("curator").contentType("application/merge-patch+json").header("If-Match", "*")
                .body(Map.of(name, 1)).patch("/api/v1/monuments/temple-of-bel")
                .then().statusCode(400).contentType("application/problem+json").extract().path("errors[0].field");
        assertTrue(patched.length() <= 200 && patched.startsWith("xxx"), patched);
    }
}
