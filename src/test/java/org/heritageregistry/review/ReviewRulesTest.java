package org.heritageregistry.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.decide;
import static org.heritageregistry.support.Api.decision;

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each review rule, enforced through HTTP; a refused decision changes nothing. */
@QuarkusTest
@DatabaseTest
class ReviewRulesTest {

    private static void unchanged(String reportId) {
        anonymous().get("/api/v1/reports/" + reportId).then().body("status", equalTo("UNVERIFIED"));
        anonymous().get("/api/v1/reports/" + reportId + "/decisions").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void fourEyesNobodyDecidesOnAReportTheySubmitted() {
        String monument = Api.newMonument();
        // reviewer2 is also a curator: the one account that could otherwise approve its own claim
        String report = Api.submit(REVIEWER2, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        decide(REVIEWER2, report, decision("DISPUTED", "Contradicted by imagery")).statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/four-eyes"))
                .body("detail", containsString("another reviewer"));
        unchanged(report);
        decide(REVIEWER, report, decision("DISPUTED", "Contradicted by imagery")).statusCode(201);
    }

    @Test
    void verifiedNeedsStrongEvidenceOnTheReportOrTheDecision() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        decide(REVIEWER, report, decision("VERIFIED", "Looks right")).statusCode(422)
                .body("type", equalTo("/problems/strong-evidence-required"));
        var weak = decision("VERIFIED", "A photo");
        weak.put("evidence", List.of(Map.of("kind", "PHOTO", "description", "A photo of rubble")));
        decide(REVIEWER, report, weak).statusCode(422);
        unchanged(report);

        var strong = decision("VERIFIED", "Imagery shows the cella gone");
        strong.put("evidence", List.of(Api.satelliteEvidence()));
        decide(REVIEWER, report, strong).statusCode(201).body("status", equalTo("VERIFIED"))
                .body("evidence[0].kind", equalTo("SATELLITE_IMAGE")).body("decidedBy", equalTo("reviewer"));
    }

    @Test
    void verifiedAcceptsStrongEvidenceAlreadyOnTheReport() {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("evidence", List.of(Map.of("kind", "OFFICIAL_STATEMENT", "description", "DGAM statement")));
        String report = Api.submit(CURATOR, body);
        decide(REVIEWER, report, decision("VERIFIED", null)).statusCode(201);
    }

    @Test
    void disputedAndRejectedNeedARationale() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        for (String status : List.of("DISPUTED", "REJECTED")) {
            decide(REVIEWER, report, decision(status, null)).statusCode(400).body("errors[0].field", equalTo("rationale"));
            decide(REVIEWER, report, decision(status, "   ")).statusCode(400).body("errors[0].field", equalTo("rationale"));
        }
        unchanged(report);
    }

    @Test
    void corroboratedNamesAnAgreeingReportFromAnotherSource() {
        String monument = Api.newMonument();
        String sohr = Api.newSource(false);
        String activist = Api.newSource(true);
        String report = Api.submit(CURATOR, Api.report(monument, sohr, "SLIGHTLY_DAMAGED", "2015-10-25"));
        String sameSource = Api.submit(CURATOR2, Api.report(monument, sohr, "SLIGHTLY_DAMAGED", "2015-10-25"));
        String disagreeing = Api.submit(CURATOR2, Api.report(monument, activist, "DESTROYED", "2015-10-25"));
        String elsewhere = Api.submit(CURATOR2, Api.report(Api.newMonument(), activist, "SLIGHTLY_DAMAGED", "2015-10-25"));
        String agreeing = Api.submit(CURATOR2, Api.report(monument, activist, "SLIGHTLY_DAMAGED", "2015-10-25"));

        decide(REVIEWER, report, decision("CORROBORATED", null)).statusCode(400).body("errors[0].field", equalTo("corroboratingReportId"));
        for (String other : List.of(sameSource, disagreeing, elsewhere, report)) {
            var body = decision("CORROBORATED", null);
            body.put("corroboratingReportId", other);
            decide(REVIEWER, report, body).statusCode(422).body("type", equalTo("/problems/not-independent-corroboration"));
        }
        var unknown = decision("CORROBORATED", null);
        unknown.put("corroboratingReportId", "00000000-0000-4000-8000-000000000000");
        decide(REVIEWER, report, unknown).statusCode(422).body("errors[0].field", equalTo("corroboratingReportId"));
        unchanged(report);

        var good = decision("CORROBORATED", "Al-Homsi told AFP the columns were destroyed");
        good.put("corroboratingReportId", agreeing);
        decide(REVIEWER, report, good).statusCode(201).body("corroboratingReportId", equalTo(agreeing));
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("SLIGHTLY_DAMAGED"))
                .body("establishedBy.reportId", equalTo(report));
    }

    @Test
    void decidingNeedsTheReviewerRole() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        Api.anonymousBreakingContract().contentType(ContentType.JSON).body(decision("REJECTED", "no")).post("/api/v1/reports/" + report + "/decisions").then().statusCode(401);
        decide(CURATOR2, report, decision("REJECTED", "no")).statusCode(403);
        decide(ADMIN, report, decision("REJECTED", "no")).statusCode(403);
        unchanged(report);
        decide(REVIEWER, "00000000-0000-4000-8000-000000000000", decision("REJECTED", "no")).statusCode(404);
        Api.asBreakingContract(REVIEWER).contentType(ContentType.JSON).body(Map.of("status", "CONFIRMED")).post("/api/v1/reports/" + report + "/decisions").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.asBreakingContract(REVIEWER).contentType(ContentType.JSON).body(Map.of("status", "REJECTED", "rationale", "x", "reviewer", "me")).post("/api/v1/reports/" + report + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("reviewer"));
        unchanged(report);
    }

    @Test
    void decisionsAreAppendOnlyAndTheLatestIsTheStatus() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        decide(REVIEWER, report, decision("DISPUTED", "Satellite imagery shows walls standing")).statusCode(201);
        var verify = decision("VERIFIED", "New imagery");
        verify.put("evidence", List.of(Api.satelliteEvidence()));
        decide(REVIEWER2, report, verify).statusCode(201);
        anonymous().get("/api/v1/reports/" + report + "/decisions").then().statusCode(200)
                .body("items.status", equalTo(List.of("DISPUTED", "VERIFIED")))
                .body("items.decidedBy", equalTo(List.of("reviewer", "reviewer2")));
        anonymous().get("/api/v1/reports/" + report).then().body("status", equalTo("VERIFIED"));
        as(ADMIN).queryParam("entityId", report).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("DECISION_RECORDED", "DECISION_RECORDED", "REPORT_SUBMITTED")));
    }
}
