package org.heritageregistry.account;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The remembered sign-in: it spares bcrypt on repeated requests, never lets a wrong password in,
 * and is dropped by the first failure, after which the account's stored hash decides again.
 */
@QuarkusTest
@DatabaseIndependent("the remembered sign-in is an in-memory cache; the database only holds the fixture")
class SignInCacheTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRememberedSignInNeverAdmitsAWrongPasswordAndAFailureDropsIt() throws SQLException {
        String user = "cache-" + System.nanoTime();
        execute("insert into account (username, password_hash, roles, enabled, created_at) values (?, ?, 'curator', true, ?)", user, BcryptUtil.bcryptHash("first-secret", 4));
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/sites").then().statusCode(200);

        // the password changes in the database: within the TTL this instance still knows the old one...
        execute("update account set password_hash = ? where username = ?", BcryptUtil.bcryptHash("second-secret", 4), user);
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/sites").then().statusCode(200);
        // ...but a wrong password is never let in by the cache, and it drops the remembered entry
        given().auth().preemptive().basic(user, "not-the-secret").get("/api/v1/sites").then().statusCode(401);
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/sites").then().statusCode(401);
        given().auth().preemptive().basic(user, "second-secret").get("/api/v1/sites").then().statusCode(200);
    }

    @Test
    void anAccountAnotherInstanceDisablesOrChangesStopsAtOnceHere() throws SQLException {
        String user = "cache-" + System.nanoTime();
        execute("insert into account (username, password_hash, roles, enabled, created_at) values (?, ?, 'curator', true, ?)", user, BcryptUtil.bcryptHash("first-secret", 4));
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/accounts/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.contains("curator"));

        // another instance (a row changed without this instance's AccountService) makes the account a reviewer: its version moves
        execute("update account set roles = ?, version = version + 1 where username = ?", "reviewer", user);
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/accounts/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.contains("reviewer"));

        // ...and disables it: the remembered sign-in is not used once, whatever the cache's time to live
        execute("update account set enabled = false, version = version + 1 where username = ? and ? is not null", user, user);
        given().auth().preemptive().basic(user, "first-secret").get("/api/v1/accounts/me").then().statusCode(401);
    }

    private void execute(String sql, String first, String second) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            statement.setString(2, second);
            if (sql.startsWith("insert")) {
                statement.setObject(3, OffsetDateTime.now());
            }
            statement.executeUpdate();
        }
    }
}
