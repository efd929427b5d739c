package org.heritageregistry.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A body that names a record the registry does not hold is a 422 naming the field and the id, and changes nothing. */
@QuarkusTest
@DatabaseIndependent("a lookup by id answers alike on both databases")
class UnknownReferencesTest {

    @Test
    void aReportAboutAMonumentThatDoesNotExistIs422NamingIt() {
        int before = Api.reportCount();
        as(CURATOR).contentType(ContentType.JSON).body(Api.report("temple-of-baal", Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-reference")).body("detail", containsString("'temple-of-baal'"))
                .body("errors[0].field", equalTo("monumentId"));
        assertEquals(before, Api.reportCount());
    }

    @Test
    void aReportCitingASourceOrOutletThatDoesNotExistIs422NamingTheField() {
        String monument = Api.newMonument();
        as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, "3f1c2a4e-8d0b-4f7e-9c61-2b5d7a9e4c10", "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(422).body("errors[0].field", equalTo("sourceId"));
        var relayed = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        relayed.put("relayedById", "3f1c2a4e-8d0b-4f7e-9c61-2b5d7a9e4c10");
        as(CURATOR).contentType(ContentType.JSON).body(relayed).post("/api/v1/reports").then().statusCode(422)
                .body("errors[0].field", equalTo("relayedById"));
        Api.anonymous().get("/api/v1/monuments/" + monument + "/reports").then().body("items.size()", equalTo(0));
    }

    @Test
    void aMonumentOnASiteThatDoesNotExistIs422() {
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", "unknown-site-monument", "siteId", "nineveh-x", "name", "Nowhere", "category", "TEMPLE"))
                .post("/api/v1/monuments").then().statusCode(422).body("errors[0].field", equalTo("siteId"));
        Api.anonymous().get("/api/v1/monuments/unknown-site-monument").then().statusCode(404);
    }

    @Test
    void aCorroborationCitingAReportThatDoesNotExistIs422() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        var corroborated = Api.decision("CORROBORATED", null);
        corroborated.put("corroboratingReportId", "5a1e2c3d-0000-4000-8000-000000000000");
        Api.decide(REVIEWER, report, corroborated).statusCode(422).body("errors[0].field", equalTo("corroboratingReportId"));
    }
}
