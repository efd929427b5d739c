package org.heritageregistry.reliability;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@DatabaseTest
class IdempotencyTest {

    private static Response post(String user, String key, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/reports");
    }

    private static int reportsOn(String monument) {
        return anonymous().queryParam("monument", monument).queryParam("limit", 100).get("/api/v1/reports").then().extract().jsonPath()
                .getList("items").size();
    }

    @Test
    void aRetryReturnsTheFirstResultAndCreatesNothing() {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        String key = UUID.randomUUID().toString();
        Response first = post(CURATOR, key, body);
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));
        Response retry = post(CURATOR, key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(1, reportsOn(monument));
    }

    @Test
    void racingRetriesCreateOneReport() throws Exception {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tries.add(() -> post(CURATOR, key, body));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(tries)) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, reportsOn(monument));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String key = UUID.randomUUID().toString();
        post(CURATOR, key, Api.report(monument, source, "DESTROYED", "2015-08-30")).then().statusCode(201);
        post(CURATOR, key, Api.report(monument, source, "INTACT", "2015-08-27")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        assertEquals(1, reportsOn(monument));
    }

    @Test
    void keysBelongToAnAccount() {
        String monument = Api.newMonument();
        var body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        String key = UUID.randomUUID().toString();
        String mine = post(CURATOR, key, body).then().statusCode(201).extract().path("id");
        String theirs = post(CURATOR2, key, body).then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(mine, theirs);
    }

    @Test
    void decisionsSourcesAndMonumentsTakeKeysToo() {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String key = UUID.randomUUID().toString();
        var decision = Api.decision("DISPUTED", "walls stand");
        for (int i = 0; i < 2; i++) {
            as(REVIEWER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(decision)
                    .post("/api/v1/reports/" + report + "/decisions").then().statusCode(201);
        }
        anonymous().get("/api/v1/reports/" + report + "/decisions").then().body("items", hasSize(1));

        var source = Map.of("name", "Idempotent source " + key, "kind", "NEWS_AGENCY", "reliability", "B");
        String s1 = as(CURATOR).contentType(ContentType.JSON).header("Idempotency-Key", key).body(source).post("/api/v1/sources")
                .then().statusCode(201).extract().path("id");
        String s2 = as(CURATOR).contentType(ContentType.JSON).header("Idempotency-Key", key).body(source).post("/api/v1/sources")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(s1, s2);
    }

    @Test
    void aMalformedKeyIs400() {
        String monument = Api.newMonument();
        asBreakingContract(CURATOR).contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(201))
                .body(Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30")).post("/api/v1/reports").then()
                .statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(0, reportsOn(monument));
    }
}
