package org.heritageregistry.report;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A write that waits longer than the database will for what another write holds is a busy
 * service, not a failure: 503 with Retry-After, nothing saved, and the same request succeeds
 * once the other write is done. On H2, whose LOCK_TIMEOUT bounds the wait (2 s in tests, H2's
 * default); PostgreSQL waits as long as it takes, so there the same request only comes later.
 */
@QuarkusTest
@DatabaseTest
class LockedMonumentTest {

    @Inject
    MonumentService monuments;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Test
    void aWriteThatWaitsTooLongForItsMonumentIsAnsweredBusyAndSavesNothing() throws Exception {
        assumeTrue(databaseKind.equals("h2"), "PostgreSQL has no lock timeout here: the write waits");
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        CountDownLatch locked = new CountDownLatch(1);
        // another write holding the monument for longer than H2 waits for it
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().timeout(30).run(() -> {
            monuments.lockForClaims(monument);
            locked.countDown();
            try {
                Thread.sleep(3_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            locked.await(10, TimeUnit.SECONDS);
            as(CURATOR).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "2015-08-30")).post("/api/v1/reports").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("1"))
                    .body("status", equalTo(503)).body("detail", containsString("nothing was saved"));
        } finally {
            holder.get(30, TimeUnit.SECONDS);
        }
        anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200).body("items.size()", equalTo(0));
        Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
        anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200).body("items.size()", equalTo(1));
    }
}
