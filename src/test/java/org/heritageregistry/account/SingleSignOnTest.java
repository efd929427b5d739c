package org.heritageregistry.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.support.Api.ADMIN;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.Contract;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Single sign-on against a real OpenID Connect server: the Keycloak that {@code .ci/keycloak start}
 * runs with the committed realm (src/test/resources/keycloak). Tokens come from its token endpoint
 * with the password grant and are verified by quarkus-oidc with the keys Keycloak publishes; nothing
 * is stubbed. Tagged "sso": the default run leaves it out (it needs that server), {@code -Psso} runs it.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithKeycloak.class)
@Tag("sso")
@DatabaseIndependent("who a provider's token signs in as, decided before the services run")
class SingleSignOnTest {

    static final String PORT = System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
    static final String ISSUER = "http://localhost:" + PORT + "/realms/heritage-registry";
    static final String CLIENT = "heritage-registry";

    /** Single sign-on on, with the realm .ci/keycloak imports. */
    public static class WithKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.sso.enabled", "true",
                    "quarkus.oidc.auth-server-url", ISSUER,
                    "quarkus.oidc.client-id", CLIENT,
                    "quarkus.oidc.token.audience", CLIENT);
        }
    }

    /** An access token of the realm's user (password: the name and "-sso"), from Keycloak itself. */
    static String token(String client, String user) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", client)
                .formParam("client_secret", "registry-test-secret").formParam("username", user).formParam("password", user + "-sso")
                .post(ISSUER + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    static RequestSpecification sso(String user) {
        return bearer(token(CLIENT, user));
    }

    static RequestSpecification bearer(String token) {
        return given().filter(Contract.STRICT).accept(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    @Test
    void aCuratorOfTheProviderSubmitsAReportUnderTheirPrefixedNameAndTheAuditLineNamesThem() {
        String monument = Api.newMonument();
        String report = sso("sso-curator").contentType(ContentType.JSON).body(Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(201).body("submittedBy", equalTo("sso:sso-curator"))
                // the per-account rate limit keys the person's requests by that name
                .header("RateLimit-Policy", containsString("\"account\"")).extract().path("id");
        Api.as(ADMIN).queryParam("entityId", report).get("/api/v1/audit").then().statusCode(200)
                .body("items.actor", hasItem("sso:sso-curator")).body("items.action", hasItem("REPORT_SUBMITTED"));
    }

    @Test
    void aReviewerOfTheProviderDecidesOnAReportAndIsNamedAsTheDecider() {
        String report = Api.submit(Api.CURATOR, Api.report(Api.newMonument(), Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-30"));
        sso("sso-reviewer").contentType(ContentType.JSON).body(Api.decision("DISPUTED", "Contradicted by the imagery of 31 August"))
                .post("/api/v1/reports/" + report + "/decisions").then().statusCode(201).body("decidedBy", equalTo("sso:sso-reviewer"));
        Api.anonymous().get("/api/v1/reports/" + report).then().statusCode(200).body("status", equalTo("DISPUTED"));
    }

    @Test
    void aReaderOrAPersonWithoutARegistryRoleReadsButCannotWrite() {
        String monument = Api.newMonument();
        String source = Api.newSource(true);
        for (String user : List.of("sso-reader", "sso-nobody")) {
            String token = token(CLIENT, user);
            bearer(token).contentType(ContentType.JSON).body(Api.report(monument, source, "DESTROYED", "2015-08-30")).post("/api/v1/reports")
                    .then().statusCode(403).contentType("application/problem+json");
            bearer(token).get("/api/v1/monuments/" + monument).then().statusCode(200);
        }
        // the reader role reads as a signed-in account does; a role the registry does not know grants nothing
        bearer(token(CLIENT, "sso-reader")).get("/api/v1/sources/" + source).then().statusCode(200).body("name", notNullValue());
        bearer(token(CLIENT, "sso-nobody")).get("/api/v1/sources/" + source).then().statusCode(200).body("name", nullValue());
    }

    @Test
    void aTokenWithAnAlteredSignatureOrPayloadIsA401Problem() {
        String[] parts = token(CLIENT, "sso-curator").split("\\.");
        char last = parts[2].charAt(10);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("\"curator\"", "\"admin\"");
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertNotEquals(parts[1], promoted.split("\\.")[1]);
        for (String forged : List.of(badSignature, promoted)) {
            bearer(forged).get("/api/v1/accounts/me").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
            bearer(forged).contentType(ContentType.JSON).body(Api.report(Api.newMonument(), Api.newSource(false), "DESTROYED", "2015-08-30"))
                    .post("/api/v1/reports").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void anExpiredOrGarbageTokenIsA401Problem() throws InterruptedException {
        // the realm's second client issues tokens that live 2 s
        String shortLived = token("heritage-registry-short-lived", "sso-curator");
        bearer(shortLived).get("/api/v1/monuments").then().statusCode(200);
        Thread.sleep(3500);
        bearer(shortLived).get("/api/v1/monuments").then().statusCode(401).contentType("application/problem+json");
        for (String garbage : List.of("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", "eyJ", "not-a-token-at-all", "hr_not-a-real-token")) {
            bearer(garbage).get("/api/v1/monuments").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aPersonalTokenAndAPasswordStillWorkBesideTheProvidersTokens() {
        String username = Accounts.create("beside", "curator");
        String personal = Accounts.token(username, List.of("read", "report"));
        Accounts.bearer(personal).get("/api/v1/accounts/me").then().statusCode(200).body("username", equalTo(username));
        Accounts.bearer(personal).contentType(ContentType.JSON).body(Api.report(Api.newMonument(), Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(201).body("submittedBy", equalTo(username));
        Api.as(Api.REVIEWER).get("/api/v1/accounts/me").then().statusCode(200).body("username", equalTo(Api.REVIEWER));
    }

    @Test
    void aPersonNamedLikeAnAccountIsNeverThatAccountAndCannotMintPersonalTokens() {
        // the realm's "curator" shares the demo curator account's name: it signs in as sso:curator
        String token = token(CLIENT, "curator");
        String report = bearer(token).contentType(ContentType.JSON).body(Api.report(Api.newMonument(), Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(201).body("submittedBy", equalTo("sso:curator")).extract().path("id");
        // it holds the reviewer role too, and the four-eyes rule knows it as the report's author
        bearer(token).contentType(ContentType.JSON).body(Api.decision("DISPUTED", "I wrote it")).post("/api/v1/reports/" + report + "/decisions")
                .then().statusCode(403);
        given().filter(Contract.RESPONSES_ONLY).accept(ContentType.JSON).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("name", "mint", "scopes", List.of("read"))).post("/api/v1/accounts/me/tokens").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
