package org.heritageregistry.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.decision;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class RevisionsAndConcurrencyTest {

    @Test
    void aCorrectionIsANewRevisionAndTheOldOneStaysReadableWithItsDecisions() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String first = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-07-24~"));
        Api.decide(REVIEWER, first, decision("DISPUTED", "DGAM dates it 23 August")).statusCode(201);

        var corrected = Api.report(monument, source, "DESTROYED", "2015-08-23");
        String etag = anonymous().get("/api/v1/reports/" + first).then().extract().header("ETag");
        String second = as(REVIEWER2).contentType(ContentType.JSON).header("If-Match", etag).body(corrected)
                .post("/api/v1/reports/" + first + "/revisions").then().statusCode(201)
                .body("revision", equalTo(2)).body("supersedes", equalTo(first)).body("lineageId", equalTo(first))
                .body("status", equalTo("UNVERIFIED")).body("revisionKind", equalTo("SUBSTANTIVE"))
                .body("submittedBy", equalTo("reviewer2")).body("owner", equalTo("curator"))
                .extract().path("id");

        anonymous().get("/api/v1/reports/" + first).then().statusCode(200)
                .body("supersededBy", equalTo(second)).body("status", equalTo("DISPUTED")).body("eventDate.edtf", equalTo("2015-07-24~"));
        anonymous().get("/api/v1/reports/" + first + "/decisions").then().body("items", hasSize(1));
        anonymous().get("/api/v1/reports/" + second + "/decisions").then().body("items", hasSize(0));
        anonymous().get("/api/v1/reports/" + second + "/revisions").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second))).body("items.revision", equalTo(List.of(1, 2)));
        anonymous().get("/api/v1/monuments/" + monument).then().body("latestClaim.reportId", equalTo(second));
    }

    @Test
    void aSupersededRevisionTakesNoDecisionAndNoSecondCorrection() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String first = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Api.amend(CURATOR, first, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30")).statusCode(201);
        Api.decide(REVIEWER, first, decision("REJECTED", "withdrawn")).statusCode(409).body("type", equalTo("/problems/superseded"));
        Api.amend(CURATOR, first, Api.report(monument, source, "DESTROYED", "2015-08-30")).statusCode(409);
        anonymous().get("/api/v1/reports/" + first + "/revisions").then().body("items", hasSize(2));
    }

    @Test
    void aCorrectionStaysOnItsMonument() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String first = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Api.amend(CURATOR, first, Api.report(Api.newMonument(), source, "DESTROYED", "2015-08-30"))
                .statusCode(400).body("errors[0].field", equalTo("monumentId"));
        anonymous().get("/api/v1/reports/" + first + "/revisions").then().body("items", hasSize(1));
    }

    @Test
    void aStaleIfMatchOnADecisionIs412AndChangesNothing() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String etag = anonymous().get("/api/v1/reports/" + report).then().extract().header("ETag");
        as(REVIEWER).contentType(ContentType.JSON).header("If-Match", etag).body(decision("DISPUTED", "walls stand"))
                .post("/api/v1/reports/" + report + "/decisions").then().statusCode(201).header("ETag", notNullValue());
        as(REVIEWER2).contentType(ContentType.JSON).header("If-Match", etag).body(decision("REJECTED", "false"))
                .post("/api/v1/reports/" + report + "/decisions").then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        anonymous().get("/api/v1/reports/" + report).then().body("status", equalTo("DISPUTED"));
        anonymous().get("/api/v1/reports/" + report + "/decisions").then().body("items", hasSize(1));
    }

    @Test
    void aStaleIfMatchOnACorrectionIs412() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        String etag = anonymous().get("/api/v1/reports/" + report).then().extract().header("ETag");
        Api.decide(REVIEWER, report, decision("DISPUTED", "walls stand")).statusCode(201);
        as(CURATOR).contentType(ContentType.JSON).header("If-Match", etag).body(Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"))
                .post("/api/v1/reports/" + report + "/revisions").then().statusCode(412);
        anonymous().get("/api/v1/reports/" + report + "/revisions").then().body("items", hasSize(1));
    }

    @Test
    void reportEtagChangesWithEachDecisionAndAnswers304Otherwise() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String etag = anonymous().get("/api/v1/reports/" + report).then().extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/reports/" + report).then().statusCode(304);
        Api.decide(REVIEWER, report, decision("DISPUTED", "walls stand")).statusCode(201);
        String after = anonymous().header("If-None-Match", etag).get("/api/v1/reports/" + report).then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, after);
    }
}
