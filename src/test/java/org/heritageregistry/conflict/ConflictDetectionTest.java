package org.heritageregistry.conflict;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.decision;

import java.util.List;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DatabaseTest
class ConflictDetectionTest {

    @Test
    void differentConditionsForOverlappingEventDatesConflictUntilAReviewerSettlesIt() {
        String monument = Api.newMonument();
        String part = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-30"));
        String total = Api.submit(CURATOR, Api.report(monument, Api.newSource(true), "DESTROYED", "2015-08-30"));
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("CONDITION"))
                .body("items[0].resolved", equalTo(false))
                .body("items[0].description", containsString("SEVERELY_DAMAGED"))
                .body("items[0].reports.reportId", hasItems(part, total))
                .body("items[0].reports.source.name", hasItem(org.hamcrest.Matchers.nullValue()));
        anonymous().queryParam("monument", monument).queryParam("resolved", "false").get("/api/v1/conflicts").then().body("items", hasSize(1));

        Api.decide(REVIEWER, part, decision("DISPUTED", "imagery shows the cella destroyed")).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(1))
                .body("items[0].resolved", equalTo(true)).body("items[0].resolvedAt", notNullValue());
        anonymous().queryParam("monument", monument).queryParam("resolved", "false").get("/api/v1/conflicts").then().body("items", hasSize(0));
    }

    @Test
    void theSameChangeDatedIncompatiblyIsADateConflict() {
        String monument = Api.newMonument();
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-23"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-07-24~"));
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then()
                .body("items", hasSize(1)).body("items[0].kind", equalTo("DATE")).body("items[0].description", containsString("2015-07-24~"));
    }

    @Test
    void changesOverTimeAndDistantEventsAreNotConflicts() {
        String monument = Api.newMonument();
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "INTACT", "2015-08-27"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-31"));
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2017-01-20"));
        var unknown = Api.report(monument, Api.newSource(false), "UNKNOWN", "2015-08-31");
        Api.submit(CURATOR, unknown);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(0));
    }

    @Test
    void aCorrectionThatAgreesResolvesTheConflict() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String part = Api.submit(CURATOR, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"));
        Api.amend(CURATOR, part, Api.report(monument, source, "DESTROYED", "2015-08-30")).statusCode(201);
        anonymous().get("/api/v1/monuments/" + monument + "/conflicts").then().body("items", hasSize(1))
                .body("items[0].resolved", equalTo(true));
    }

    @Test
    void theSeedShowsTheBaalshaminDateConflictAndTheBelExtentConflict() {
        anonymous().queryParam("monument", "temple-of-baalshamin").queryParam("limit", 100).get("/api/v1/conflicts").then().statusCode(200)
                .body("items.kind", hasItem("DATE"))
                .body("items.monumentId", everyItem(equalTo("temple-of-baalshamin")));
        anonymous().queryParam("limit", 100).get("/api/v1/monuments/temple-of-bel/conflicts").then().statusCode(200)
                .body("items.kind", hasItem("CONDITION"));
    }

    @Test
    void badConflictFiltersAre400() {
        anonymousBreakingContract().queryParam("resolved", "maybe").get("/api/v1/conflicts").then().statusCode(400).body("errors[0].field", equalTo("resolved"));
        anonymousBreakingContract().get("/api/v1/monuments/nowhere/conflicts").then().statusCode(404);
        List.of("x").forEach(x -> anonymousBreakingContract().queryParam("cursor", x).get("/api/v1/conflicts").then().statusCode(400));
    }
}
