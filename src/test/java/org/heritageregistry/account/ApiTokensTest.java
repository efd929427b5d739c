package org.heritageregistry.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.account.Accounts.basic;
import static org.heritageregistry.account.Accounts.bearer;
import static org.heritageregistry.account.Accounts.bearerBreakingContract;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Personal API tokens: issued once, stored as a hash, scoped by the account's roles, revocable, expiring. */
@QuarkusTest
@DatabaseTest
class ApiTokensTest {

    @Inject
    DataSource dataSource;

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsItsSha256() throws Exception {
        String username = Accounts.create("secret", "curator");
        var issued = basic(username).contentType(ContentType.JSON).body(Map.of("name", "uploader", "scopes", List.of("read", "report")))
                .post("/api/v1/accounts/me/tokens").then().statusCode(201)
                .header("Location", containsString("/api/v1/accounts/me/tokens/"))
                .body("token", matchesPattern("^hr_[A-Za-z0-9_-]{43}$")).body("scopes", equalTo(List.of("read", "report")))
                .extract().jsonPath();
        String token = issued.getString("token");
        String id = issued.getString("id");
        Instant expires = Instant.parse(issued.getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plusSeconds(89L * 24 * 3600)) && expires.isBefore(Instant.now().plusSeconds(91L * 24 * 3600)),
                "a token expires in 90 days by default");

        String list = basic(username).get("/api/v1/accounts/me/tokens").then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].token", nullValue()).extract().asString();
        assertFalse(list.contains(token), "the list never shows a secret");
        basic(username).get("/api/v1/accounts/me/tokens/" + id).then().statusCode(200).body("token", nullValue());

        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select * from api_token where id = ?")) {
            query.setObject(1, java.util.UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(ApiTokens.hash(token), row.getString("token_hash"));
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    assertFalse(String.valueOf(row.getObject(i)).contains(token.substring(3)), "the secret is in column " + row.getMetaData().getColumnName(i));
                }
            }
        }
    }

    @Test
    void aTokenWithTheReportScopeSubmitsAReportAsItsAccount() {
        String username = Accounts.create("bearer", "curator");
        String token = Accounts.token(username, List.of("read", "report"));
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        bearer(token).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "2015-08-30")).post("/api/v1/reports")
                .then().statusCode(201).body("submittedBy", equalTo(username))
                // the per-account rate limit keys a token's requests by its account
                .header("RateLimit-Policy", containsString("\"account\""));
        bearer(token).get("/api/v1/accounts/me").then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aTokenWithoutTheScopeIsForbiddenAndAScopeTheRolesDoNotGrantIsRefused() {
        String username = Accounts.create("scope", "curator");
        String readOnly = Accounts.token(username, List.of("read"));
        String monument = Api.newMonument();
        bearer(readOnly).contentType(ContentType.JSON).body(Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30")).post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json");
        basic(username).contentType(ContentType.JSON).body(Map.of("name", "too much", "scopes", List.of("review"))).post("/api/v1/accounts/me/tokens")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("review"));
        assertEquals(0, Api.anonymous().get("/api/v1/monuments/" + monument + "/reports").then().statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    void demotingTheAccountNarrowsItsTokenAtOnce() {
        String username = Accounts.create("narrow", "curator", "reviewer");
        String token = Accounts.token(username, List.of("read", "report", "review"));
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        bearer(token).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "2015-08-30")).post("/api/v1/reports").then().statusCode(201);
        Accounts.patch(username, "{\"roles\":[\"reviewer\"]}").then().statusCode(200);
        bearer(token).contentType(ContentType.JSON).body(Api.report(monument, source, "INTACT", "2015-09-30")).post("/api/v1/reports").then().statusCode(403);
    }

    @Test
    void aRevokedTokenIsRefusedWithABearerChallenge() {
        String username = Accounts.create("revoke", "reviewer");
        String token = Accounts.token(username, List.of("read"));
        String id = basic(username).get("/api/v1/accounts/me/tokens").then().statusCode(200).extract().path("items[0].id");
        bearer(token).get("/api/v1/accounts/me").then().statusCode(200);
        basic(username).accept("*/*").delete("/api/v1/accounts/me/tokens/" + id).then().statusCode(204);
        bearer(token).get("/api/v1/accounts/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        basic(username).accept("*/*").delete("/api/v1/accounts/me/tokens/" + id).then().statusCode(404);
        // another account cannot revoke it either
        String other = Accounts.create("revoke-other", "reviewer");
        String second = Accounts.token(username, List.of("read"));
        String secondId = basic(username).get("/api/v1/accounts/me/tokens").then().statusCode(200).extract().path("items[0].id");
        basic(other).accept("*/*").delete("/api/v1/accounts/me/tokens/" + secondId).then().statusCode(404);
        bearer(second).get("/api/v1/accounts/me").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefusedAndAnExpiryInThePastOrBeyondAYearIsNotIssued() throws Exception {
        String username = Accounts.create("expire", "reviewer");
        String token = basic(username).contentType(ContentType.JSON)
                .body(Map.of("name", "short-lived", "scopes", List.of("read"), "expiresAt", Instant.now().plusSeconds(2).toString()))
                .post("/api/v1/accounts/me/tokens").then().statusCode(201).extract().path("token");
        bearer(token).get("/api/v1/accounts/me").then().statusCode(200);
        Thread.sleep(2500);
        bearer(token).get("/api/v1/accounts/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        basic(username).contentType(ContentType.JSON).body(Map.of("name", "past", "scopes", List.of("read"), "expiresAt", "2015-08-23T00:00:00Z"))
                .post("/api/v1/accounts/me/tokens").then().statusCode(400).body("errors.field", hasItem("expiresAt"));
        basic(username).contentType(ContentType.JSON).body(Map.of("name", "too long", "scopes", List.of("read"), "expiresAt", Instant.now().plusSeconds(400L * 24 * 3600).toString()))
                .post("/api/v1/accounts/me/tokens").then().statusCode(400).body("errors.field", hasItem("expiresAt"));
    }

    @Test
    void aReadTokenSeesConfidentialSourcesAsItsAccountWouldAndWritesNothing() {
        String username = Accounts.create("reader", "reviewer");
        String token = Accounts.token(username, List.of("read"));
        String source = Api.newSource(true);
        String name = as(Api.CURATOR).get("/api/v1/sources/" + source).then().statusCode(200).extract().path("name");
        assertTrue(name != null && name.startsWith("Test source"));
        assertFalse(Api.anonymous().get("/api/v1/sources/" + source).then().statusCode(200).extract().asString().contains(name),
                "the public does not see the confidential name");
        bearer(token).get("/api/v1/sources/" + source).then().statusCode(200).body("name", equalTo(name));
        Map<String, Object> decision = Api.decision("DISPUTED", "a read token may not decide");
        bearer(token).contentType(ContentType.JSON).body(decision).post("/api/v1/reports/" + java.util.UUID.randomUUID() + "/decisions")
                .then().statusCode(403);
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() {
        bearer("hr_" + "A".repeat(43)).get("/api/v1/accounts/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        bearer("not-a-token").get("/api/v1/monuments").then().statusCode(401);
    }

    /** Single sign-on is off by default: a provider's JWT is then just a bearer that is not one of ours. */
    @Test
    void aJwtIsAnUnknownTokenWhileSingleSignOnIsOff() {
        String jwt = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwicHJlZmVycmVkX3VzZXJuYW1lIjoicmV2aWV3ZXIifQ.c2lnbmF0dXJl";
        bearer(jwt).get("/api/v1/monuments").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        bearer(jwt).contentType(ContentType.JSON).body(Api.report(Api.newMonument(), Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTokenCannotIssueTokensNorChangeThePassword() {
        String username = Accounts.create("mint", "curator");
        String token = Accounts.token(username, List.of("read", "report"));
        bearerBreakingContract(token).contentType(ContentType.JSON).body(Map.of("name", "successor", "scopes", List.of("read")))
                .post("/api/v1/accounts/me/tokens").then().statusCode(403).body("type", containsString("password-required"));
        bearerBreakingContract(token).accept("*/*").contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Accounts.password(username), "newPassword", "taken over by a token"))
                .post("/api/v1/accounts/me/password").then().statusCode(403);
        basic(username).get("/api/v1/accounts/me").then().statusCode(200);
    }

    @Test
    void basicKeepsWorkingAndTokenWritesAreAuditedWithoutTheSecret() {
        String username = Accounts.create("audit-token", "reviewer");
        String token = Accounts.token(username, List.of("read", "review"));
        String body = as(ADMIN).queryParam("entityType", "account").queryParam("entityId", username).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("TOKEN_ISSUED")).extract().asString();
        assertFalse(body.contains(token.substring(3)), "no secret in the audit trail");
        assertFalse(body.contains(ApiTokens.hash(token)), "no hash in the audit trail");
        as(ADMIN).get("/api/v1/accounts/" + username).then().statusCode(200).body(not(containsString("hr_")));
    }
}
