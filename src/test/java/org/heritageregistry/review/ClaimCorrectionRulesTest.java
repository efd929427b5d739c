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

import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The rules for correcting a claim: editorial or substantive, who may, with which version. */
@QuarkusTest
@DatabaseTest
class ClaimCorrectionRulesTest {

    /** A fresh monument whose claim is VERIFIED by satellite imagery, so its condition is established. */
    private record Verified(String monument, String source, String report) {
    }

    private static Verified verifiedDestruction() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Map<String, Object> verified = Api.decision("VERIFIED", "UNOSAT imagery of 31 August 2015 shows the cella destroyed.");
        verified.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(REVIEWER, report, verified).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("DESTROYED")).body("establishedBy.reportId", equalTo(report));
        return new Verified(monument, source, report);
    }

    @Test
    void aTypoFixOnAVerifiedReportKeepsItsStatusItsDecisionsAndTheMonumentsCondition() {
        Verified v = verifiedDestruction();
        var fixed = Api.report(v.monument(), v.source(), "DESTROYED", "2015-08-30");
        fixed.put("summary", "A test claim, its spelling corrected.");
        fixed.put("conditionWording", "much damage (sic)");
        String second = Api.amend(CURATOR, v.report(), fixed).statusCode(201)
                .body("revisionKind", equalTo("EDITORIAL")).body("status", equalTo("VERIFIED")).extract().path("id");

        anonymous().get("/api/v1/monuments/" + v.monument()).then()
                .body("currentCondition", equalTo("DESTROYED")).body("establishedBy.reportId", equalTo(second));
        anonymous().get("/api/v1/reports/" + second + "/decisions").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("VERIFIED")).body("items[0].reportId", equalTo(v.report()));
        anonymous().get("/api/v1/reports/" + second + "/revisions").then()
                .body("items.revisionKind", equalTo(List.of("ORIGINAL", "EDITORIAL")));
    }

    @Test
    void aChangedConditionIsSubstantiveWhateverTheClientCallsItAndStartsUnverified() {
        Verified v = verifiedDestruction();
        var changed = Api.report(v.monument(), v.source(), "SEVERELY_DAMAGED", "2015-08-30");
        changed.put("revisionKind", "EDITORIAL");
        Api.amend(CURATOR, v.report(), changed).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-editorial")).body("detail", containsString("condition"));
        anonymous().get("/api/v1/reports/" + v.report() + "/revisions").then().body("items", hasSize(1));

        changed.remove("revisionKind");
        String second = Api.amend(CURATOR, v.report(), changed).statusCode(201)
                .body("revisionKind", equalTo("SUBSTANTIVE")).body("status", equalTo("UNVERIFIED")).extract().path("id");
        anonymous().get("/api/v1/reports/" + second + "/decisions").then().body("items", hasSize(0));
        // the only established claim was corrected into one nobody has reviewed yet
        anonymous().get("/api/v1/monuments/" + v.monument()).then().body("currentCondition", equalTo("UNKNOWN")).body("latestClaim.reportId", equalTo(second));
    }

    @Test
    void newEvidenceIsSubstantiveButADescriptionsWordingIsEditorial() {
        Verified v = verifiedDestruction();
        var reworded = Api.report(v.monument(), v.source(), "DESTROYED", "2015-08-30");
        ((Map<String, Object>) ((List<?>) reworded.get("evidence")).get(0)).put("description", "A news item, its title corrected");
        String second = Api.amend(CURATOR, v.report(), reworded).statusCode(201).body("revisionKind", equalTo("EDITORIAL")).extract().path("id");

        var more = Api.report(v.monument(), v.source(), "DESTROYED", "2015-08-30");
        more.put("evidence", List.of(((List<?>) reworded.get("evidence")).get(0), Api.satelliteEvidence()));
        Api.amend(CURATOR, second, more).statusCode(201).body("revisionKind", equalTo("SUBSTANTIVE")).body("status", equalTo("UNVERIFIED"));
    }

    @Test
    void aCuratorMayAskForAFreshReviewOfAWordingChange() {
        Verified v = verifiedDestruction();
        var reworded = Api.report(v.monument(), v.source(), "DESTROYED", "2015-08-30");
        reworded.put("certaintyWording", "activists and witnesses say");
        reworded.put("revisionKind", "SUBSTANTIVE");
        Api.amend(CURATOR, v.report(), reworded).statusCode(201).body("revisionKind", equalTo("SUBSTANTIVE")).body("status", equalTo("UNVERIFIED"));
    }

    @Test
    void onlyTheClaimsCuratorOrAReviewerMayCorrectIt() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Api.amend(CURATOR2, report, Api.report(monument, source, "INTACT", "2015-08-30")).statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-claim-owner"));
        anonymous().get("/api/v1/reports/" + report + "/revisions").then().body("items", hasSize(1));

        Api.amend(REVIEWER, report, Api.report(monument, source, "INTACT", "2015-08-30")).statusCode(201)
                .body("submittedBy", equalTo("reviewer")).body("owner", equalTo("curator"));
    }

    @Test
    void anAdminReassignsAClaimAndThenOnlyTheNewCuratorMayCorrectIt() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        String url = "/api/v1/reports/" + report + "/owner";

        as(ADMIN).contentType(ContentType.JSON).body(Map.of("curator", CURATOR2)).put(url).then().statusCode(428)
                .body("type", equalTo("/problems/if-match-required"));
        as(CURATOR).contentType(ContentType.JSON).header("If-Match", Api.etag(report)).body(Map.of("curator", CURATOR2)).put(url).then().statusCode(403);
        as(ADMIN).contentType(ContentType.JSON).header("If-Match", Api.etag(report)).body(Map.of("curator", REVIEWER)).put(url).then().statusCode(422)
                .body("type", equalTo("/problems/not-a-curator"));
        anonymous().get("/api/v1/reports/" + report).then().body("owner", equalTo("curator"));

        String before = Api.etag(report);
        as(ADMIN).contentType(ContentType.JSON).header("If-Match", before).body(Map.of("curator", CURATOR2)).put(url).then().statusCode(200)
                .body("owner", equalTo("curator2"));
        as(ADMIN).contentType(ContentType.JSON).header("If-Match", before).body(Map.of("curator", CURATOR)).put(url).then().statusCode(412);

        Api.amend(CURATOR, report, Api.report(monument, source, "INTACT", "2015-08-30")).statusCode(403);
        Api.amend(CURATOR2, report, Api.report(monument, source, "INTACT", "2015-08-30")).statusCode(201).body("owner", equalTo("curator2"));
        as(ADMIN).queryParam("entityId", report).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItem("REPORT_REASSIGNED"));
    }

    @Test
    void aCorrectionWithoutIfMatchIs428AndChangesNothing() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "INTACT", "2015-08-30"))
                .post("/api/v1/reports/" + report + "/revisions").then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("/problems/if-match-required"));
        anonymous().get("/api/v1/reports/" + report + "/revisions").then().body("items", hasSize(1));
    }

    @Test
    void nobodyDecidesOnAClaimOfWhichTheySubmittedAnyRevision() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        // reviewer2 (also a curator) submits; reviewer corrects it; reviewer2 may not verify the correction
        String first = Api.submit(REVIEWER2, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        String second = Api.amend(REVIEWER, first, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30")).statusCode(201).extract().path("id");
        Api.decide(REVIEWER2, second, Api.decision("DISPUTED", "walls stand")).statusCode(403).body("type", equalTo("/problems/four-eyes"));
        // and the reviewer who wrote the correction may not decide on it either
        Api.decide(REVIEWER, second, Api.decision("DISPUTED", "walls stand")).statusCode(403).body("type", equalTo("/problems/four-eyes"));
        anonymous().get("/api/v1/reports/" + second + "/decisions").then().body("items", hasSize(0));
    }

    @Test
    void aNewReportCannotSayItIsACorrection() {
        var body = Api.report(Api.newMonument(), Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("revisionKind", "EDITORIAL");
        as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("revisionKind"));
    }
}
