package org.heritageregistry.dossier;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;

import java.time.Instant;
import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * asOf answers what the registry held on a day, by when reports and decisions were recorded.
 * The Palmyra data keeps its recording times: the Temple of Bel's first three claims were
 * recorded on 31 August 2015, UNOSAT's assessment at 08:00 on 1 September, and the decisions
 * that verified two of them from 10:00 that day.
 */
@QuarkusTest
@DatabaseTest
class AsOfTest {

    private static final String BEL = "/api/v1/monuments/temple-of-bel";
    private static final String UNOSAT_REPORT = "500c9df9-6c9e-4134-a9ce-2238c351c7a5";

    @Test
    void theTempleOfBelOnThe31stOfAugust2015WasClaimedButNotEstablished() {
        anonymous().queryParam("asOf", "2015-08-31").get(BEL).then().statusCode(200)
                .header("ETag", nullValue())
                .body("currentCondition", equalTo("UNKNOWN")).body("establishedBy", nullValue())
                .body("latestClaim.status", equalTo("UNVERIFIED")).body("recordedBefore", equalTo("2015-09-01T00:00:00Z"));
        anonymous().queryParam("asOf", "2015-08-31").get(BEL + "/history").then().statusCode(200)
                .body("currentCondition", equalTo("UNKNOWN")).body("steps", hasSize(0))
                .body("claims", hasSize(3)).body("claims.status", everyItem(equalTo("UNVERIFIED")))
                .body("claims.reportId", not(hasItem(UNOSAT_REPORT)));
    }

    @Test
    void anInstantCountsWhatWasRecordedByThenEvenOnTheSameDay() {
        // UNOSAT's report is in, no decision yet
        anonymous().queryParam("asOf", "2015-09-01T09:00:00Z").get(BEL + "/history").then().statusCode(200)
                .body("currentCondition", equalTo("UNKNOWN")).body("claims", hasSize(4)).body("claims.reportId", hasItem(UNOSAT_REPORT))
                .body("claims.status", everyItem(equalTo("UNVERIFIED")));
        // the same instant written with an offset is the same question
        anonymous().queryParam("asOf", "2015-09-01T11:00:00+02:00").get(BEL).then().statusCode(200)
                .body("currentCondition", equalTo("UNKNOWN")).body("recordedBefore", equalTo("2015-09-01T09:00:00.000001Z"));
    }

    @Test
    void byTheEndOfThe1stOfSeptember2015TheTempleWasEstablishedDestroyed() {
        anonymous().queryParam("asOf", "2015-09-01").get(BEL).then().statusCode(200)
                .body("currentCondition", equalTo("DESTROYED")).body("establishedBy.status", equalTo("VERIFIED"));
        anonymous().queryParam("asOf", "2015-09-01").get(BEL + "/history").then().statusCode(200)
                .body("steps", hasSize(1)).body("steps[0].condition", equalTo("DESTROYED"))
                .body("claims.find { it.status == 'DISPUTED' }.condition", equalTo("SEVERELY_DAMAGED"))
                .body("claims", hasSize(4))
                // the claim recorded in March 2016 (and rejected since) is no part of it
                .body("claims.reportId", everyItem(not(startsWith("b18bf1d1"))));
        anonymous().get(BEL + "/history").then().body("claims.reportId", hasItem(startsWith("b18bf1d1")));
    }

    @Test
    void theExportsAnswerAsOfADayToo() {
        anonymous().accept("application/geo+json").queryParam("asOf", "2015-08-31").get(BEL).then().statusCode(200)
                .contentType("application/geo+json").header("ETag", nullValue())
                .body("type", equalTo("Feature")).body("properties.currentCondition", equalTo("UNKNOWN"))
                .body("properties.establishedBy", nullValue());
        anonymous().accept("application/geo+json").queryParam("asOf", "2015-09-01").get(BEL).then().statusCode(200)
                .body("properties.currentCondition", equalTo("DESTROYED"));
        anonymous().accept("application/ld+json").queryParam("asOf", "2015-08-31").get(BEL + "/history").then().statusCode(200)
                .contentType("application/ld+json").body("P34i_was_assessed_by", hasSize(3));
        anonymous().accept("application/ld+json").queryParam("asOf", "1999-01-01").get(BEL).then().statusCode(404);
    }

    @Test
    void aMonumentNotYetInTheRegistryIs404() {
        anonymous().queryParam("asOf", "2015-05-01").get(BEL).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Monument 'temple-of-bel' was not in the registry before 2015-05-02T00:00:00Z"));
        String created = Api.newMonument();
        anonymous().queryParam("asOf", "2016-01-01").get("/api/v1/monuments/" + created + "/history").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2015-13-01", "2015-02-30", "yesterday", "2015-09-01T10:00:00", "2999-01-01", "2999-01-01T00:00:00Z", "0000-01-01", "20150901" })
    void aBadAsOfIs400NamingTheParameterAndNothingElseChanges(String value) {
        anonymous().queryParam("asOf", value).get(BEL).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
        anonymous().queryParam("asOf", value).get(BEL + "/history").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void correctionsAndDecisionsCountFromWhenTheyWereRecordedAndConfidentialSourcesStayMasked() throws Exception {
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String first = Api.submit(CURATOR, Api.report(monument, secret, "SEVERELY_DAMAGED", "2015-08-30"));
        Thread.sleep(5);
        String afterFirst = Instant.now().toString();
        Thread.sleep(5);

        String etag = anonymous().get("/api/v1/reports/" + first).then().extract().header("ETag");
        String second = as(CURATOR).contentType(ContentType.JSON).header("If-Match", etag).body(Api.report(monument, secret, "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports/" + first + "/revisions").then().statusCode(201).extract().path("id");
        var verified = Api.decision("VERIFIED", "Confirmed by UNOSAT imagery of 31 August 2015.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(REVIEWER, second, verified).statusCode(201);

        String history = "/api/v1/monuments/" + monument + "/history";
        // now: the correction, verified
        anonymous().get(history).then().body("currentCondition", equalTo("DESTROYED")).body("claims.reportId", equalTo(List.of(second)));
        // then: the first revision, as it was, under review, and its source still masked for the public
        anonymous().queryParam("asOf", afterFirst).get(history).then().statusCode(200)
                .body("currentCondition", equalTo("UNKNOWN")).body("claims.reportId", equalTo(List.of(first)))
                .body("claims[0].condition", equalTo("SEVERELY_DAMAGED")).body("claims[0].status", equalTo("UNVERIFIED"))
                .body("claims[0].source.name", nullValue()).body("claims[0].source.confidential", equalTo(true));
        as(CURATOR).queryParam("asOf", afterFirst).get("/api/v1/monuments/" + monument).then().statusCode(200)
                .body("latestClaim.reportId", equalTo(first)).body("latestClaim.source.name", notNullValue())
                .body("recordedBefore", endsWith("Z"));
        // and asking about the past changed nothing now
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("DESTROYED")).body("establishedBy.reportId", equalTo(second));
    }
}
