package org.heritageregistry.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.asBreakingContract;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DatabaseTest
class AuditTrailTest {

    @Test
    void everyWriteIsAttributedAndReadableByAdmins() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String report = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        Api.decide(REVIEWER, report, Api.decision("DISPUTED", "walls stand")).statusCode(201);

        as(ADMIN).queryParam("entityType", "monument").queryParam("entityId", monument).get("/api/v1/audit").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].action", equalTo("MONUMENT_CREATED")).body("items[0].actor", equalTo("admin"));
        as(ADMIN).queryParam("entityType", "source").queryParam("entityId", source).get("/api/v1/audit").then()
                .body("items[0].actor", equalTo("curator")).body("items[0].action", equalTo("SOURCE_REGISTERED"));
        as(ADMIN).queryParam("entityId", report).get("/api/v1/audit").then()
                .body("items", hasSize(2))
                .body("items[0].action", equalTo("DECISION_RECORDED"))
                .body("items[0].actor", equalTo("reviewer"))
                .body("items[0].changes.status.from", equalTo("UNVERIFIED"))
                .body("items[0].changes.status.to", equalTo("DISPUTED"))
                .body("items[0].occurredAt", notNullValue())
                .body("items[1].action", equalTo("REPORT_SUBMITTED"))
                .body("items[1].changes.condition", equalTo("DESTROYED"));
    }

    @Test
    void onlyAdminsReadTheAuditTrail() {
        anonymousBreakingContract().get("/api/v1/audit").then().statusCode(401);
        as(CURATOR).get("/api/v1/audit").then().statusCode(403);
        as(REVIEWER).get("/api/v1/audit").then().statusCode(403);
        asBreakingContract(ADMIN).queryParam("limit", 500).get("/api/v1/audit").then().statusCode(400);
    }
}
