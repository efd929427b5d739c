package org.heritageregistry.monument;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A monument's version is remembered between reads, so what must hold is that every change is
 * seen: at once by the instance that made it, and on PostgreSQL within moments by every other
 * instance (played here by a connection that writes behind this instance's back).
 */
@QuarkusTest
@DatabaseTest
class MonumentChangesTest {

    private static final Duration SEEN_WITHIN = Duration.ofSeconds(10);

    @Inject
    DataSource dataSource;

    @Inject
    MonumentVersions versions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Test
    void aWriteIsReadBackAtOnceByTheInstanceThatMadeIt() {
        String monument = Api.newMonument();
        String before = etag(monument);
        assertEquals(before, etag(monument), "nothing changed between two reads");
        Api.submit(CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        assertNotEquals(before, etag(monument), "the report's commit must move the ETag before its 201 is sent");
        anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200)
                .body("latestClaim.condition", org.hamcrest.Matchers.equalTo("DESTROYED"));
        anonymous().header("If-None-Match", before).get("/api/v1/monuments/" + monument).then().statusCode(200);
    }

    @Test
    void aRetirementMovesTheETagAtOnce() {
        String monument = Api.newMonument();
        String before = etag(monument);
        as(Api.ADMIN).contentType(ContentType.JSON).body("{\"reason\":\"Recorded twice\"}").post("/api/v1/monuments/" + monument + "/retirement").then().statusCode(200);
        assertNotEquals(before, etag(monument));
        anonymous().get("/api/v1/monuments/" + monument).then().body("retired", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void anotherInstancesCommitIsSeenOnThisOne() throws SQLException {
        assumeTrue(MonumentChangeListener.listensOn(databaseKind), "one instance only on an embedded database");
        String monument = Api.newMonument();
        String before = etag(monument);
        assertEquals(before, etag(monument));
        writeBehindTheInstancesBack(monument, true);
        assertTrue(eventually(() -> !before.equals(etag(monument))), "another instance's change was never seen");
    }

    @Test
    void aListenerThatLostItsConnectionForgetsWhatItMayHaveMissed() throws SQLException {
        assumeTrue(MonumentChangeListener.listensOn(databaseKind), "nothing listens on an embedded database");
        assertTrue(eventually(() -> listeners() == 1), "the listener should be connected");
        String monument = Api.newMonument();
        String before = etag(monument);
        assertEquals(before, etag(monument));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? and datname = current_database()")) {
            kill.setString(1, MonumentChangeListener.APPLICATION_NAME);
            kill.executeQuery().close();
        }
        // no notification: this change happens while nobody listens, so only forgetting finds it
        writeBehindTheInstancesBack(monument, false);
        assertTrue(eventually(() -> !before.equals(etag(monument))), "a change missed while disconnected was served stale for good");
        assertTrue(eventually(() -> listeners() == 1), "the listener did not reconnect");
        assertTrue(eventually(versions::trusted), "the versions are not trusted again after the reconnect");
    }

    private void writeBehindTheInstancesBack(String monument, boolean notify) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement bump = connection.prepareStatement("update monument set version = version + 1 where id = ?")) {
                bump.setString(1, monument);
                assertEquals(1, bump.executeUpdate());
            }
            if (notify) {
                try (PreparedStatement notifying = connection.prepareStatement("select pg_notify(?, ?)")) {
                    notifying.setString(1, MonumentChangeSignal.CHANNEL);
                    notifying.setString(2, monument);
                    notifying.executeQuery().close();
                }
            }
        }
    }

    private int listeners() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where application_name = ? and datname = current_database()")) {
            count.setString(1, MonumentChangeListener.APPLICATION_NAME);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String etag(String monument) {
        return anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().header("ETag");
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + SEEN_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
