package org.heritageregistry.reliability;

import static org.hamcrest.Matchers.hasSize;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@DatabaseTest
class ConcurrencyTest {

    static final int PARALLEL = 8;

    @Test
    void parallelReviewersWithTheSameEtagExactlyOneWins() throws Exception {
        String monument = Api.newMonument();
        String report = Api.submit(CURATOR2, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        String etag = anonymous().get("/api/v1/reports/" + report).then().extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> reviewers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                String who = i % 2 == 0 ? REVIEWER : REVIEWER2;
                String status = i % 2 == 0 ? "DISPUTED" : "REJECTED";
                reviewers.add(() -> as(who).contentType(ContentType.JSON).header("If-Match", etag).body(Api.decision(status, "parallel " + who))
                        .post("/api/v1/reports/" + report + "/decisions").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(reviewers)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(PARALLEL - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        anonymous().get("/api/v1/reports/" + report + "/decisions").then().body("items", hasSize(1));
    }

    @Test
    void parallelSubmissionsLoseNothing() throws Exception {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<String>> curators = new ArrayList<>();
            for (int i = 0; i < 4 * PARALLEL; i++) {
                String who = i % 2 == 0 ? CURATOR : CURATOR2;
                String day = String.format("2015-08-%02d", 1 + i % 28);
                curators.add(() -> Api.submit(who, Api.report(monument, source, "DESTROYED", day)));
            }
            for (Future<String> f : pool.invokeAll(curators)) {
                ids.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4 * PARALLEL, ids.stream().distinct().count());
        ids.forEach(id -> anonymous().get("/api/v1/reports/" + id).then().statusCode(200));
        anonymous().queryParam("monument", monument).queryParam("limit", 100).get("/api/v1/reports").then().body("items", hasSize(4 * PARALLEL));
    }
}
