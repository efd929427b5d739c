package org.heritageregistry.condition;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.decision;

import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DatabaseTest
class ConditionHistoryTest {

    private static void verify(String report) {
        var body = decision("VERIFIED", "imagery");
        body.put("evidence", List.of(Api.satelliteEvidence()));
        Api.decide(REVIEWER, report, body).statusCode(201);
    }

    @Test
    void currentConditionIsTheLatestEstablishedReportByEventDateBesideTheLatestClaim() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String intact = Api.submit(CURATOR, Api.report(monument, source, "INTACT", "2015-08-27"));
        String destroyed = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-31"));
        String rebuilt = Api.submit(CURATOR, Api.report(monument, source, "MODERATELY_DAMAGED", "2021-11"));
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("UNKNOWN"))
                .body("latestClaim.reportId", equalTo(rebuilt));

        verify(destroyed);
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("DESTROYED"))
                .body("establishedBy.reportId", equalTo(destroyed)).body("latestClaim.reportId", equalTo(rebuilt))
                .body("latestClaim.status", equalTo("UNVERIFIED"));

        // an earlier event verified later does not override the later established state
        verify(intact);
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("DESTROYED"));

        // the condition can improve (restoration): history is not monotonic
        verify(rebuilt);
        anonymous().get("/api/v1/monuments/" + monument).then().body("currentCondition", equalTo("MODERATELY_DAMAGED"));
    }

    @Test
    void historyStepsFollowEventDatesEachWithItsReports() {
        String monument = Api.newMonument();
        String a = Api.newSource(false);
        String b = Api.newSource(false);
        String intact = Api.submit(CURATOR, Api.report(monument, a, "INTACT", "2015-08-27"));
        String destroyedLater = Api.submit(CURATOR, Api.report(monument, b, "DESTROYED", "2015-09-02"));
        String destroyed = Api.submit(CURATOR, Api.report(monument, a, "DESTROYED", "2015-08-31"));
        String rumour = Api.submit(CURATOR, Api.report(monument, b, "SLIGHTLY_DAMAGED", "2015-08-29"));
        verify(intact);
        verify(destroyedLater);
        verify(destroyed);
        Api.decide(REVIEWER, rumour, decision("REJECTED", "imagery shows the temple gone")).statusCode(201);

        anonymous().get("/api/v1/monuments/" + monument + "/history").then().statusCode(200)
                .body("currentCondition", equalTo("DESTROYED"))
                .body("steps", hasSize(2))
                .body("steps[0].condition", equalTo("INTACT"))
                .body("steps[0].from.edtf", equalTo("2015-08-27"))
                .body("steps[0].until.edtf", equalTo("2015-08-31"))
                .body("steps[0].reports.reportId", equalTo(List.of(intact)))
                .body("steps[1].condition", equalTo("DESTROYED"))
                .body("steps[1].until", nullValue())
                .body("steps[1].reports.reportId", equalTo(List.of(destroyed, destroyedLater)))
                .body("claims.reportId", equalTo(List.of(intact, rumour, destroyed, destroyedLater)))
                .body("claims.status", equalTo(List.of("VERIFIED", "REJECTED", "VERIFIED", "VERIFIED")));
    }

    @Test
    void historyHasAnEtagAndIs404ForUnknownMonuments() {
        String monument = Api.newMonument();
        String etag = anonymous().get("/api/v1/monuments/" + monument + "/history").then().statusCode(200)
                .body("steps", hasSize(0)).extract().header("ETag");
        anonymous().header("If-None-Match", etag).get("/api/v1/monuments/" + monument + "/history").then().statusCode(304);
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        anonymous().header("If-None-Match", etag).get("/api/v1/monuments/" + monument + "/history").then().statusCode(200)
                .body("claims", hasSize(1));
        anonymous().get("/api/v1/monuments/nowhere/history").then().statusCode(404);
    }
}
