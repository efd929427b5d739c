package org.heritageregistry.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.Contract;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Fixtures for the account tests: test-prefixed accounts made by the demo admin, their Basic, tokens and page sessions. */
final class Accounts {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private Accounts() {
    }

    /** A fresh username that sorts after the demo accounts and names the test. */
    static String newName(String prefix) {
        return "test-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String password(String username) {
        return username + "-password!";
    }

    /** Opens an account as the demo admin; its password is {@link #password}. */
    static String create(String prefix, String... roles) {
        String username = newName(prefix);
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", password(username), "roles", List.of(roles)))
                .post("/api/v1/accounts").then().statusCode(201);
        return username;
    }

    static RequestSpecification basic(String username) {
        return given().filter(Contract.STRICT).accept(ContentType.JSON).auth().preemptive().basic(username, password(username));
    }

    static RequestSpecification bearer(String token) {
        return given().filter(Contract.STRICT).accept(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    /** For calls the contract does not describe as made (a bearer token on an operation that takes only a password, say). */
    static RequestSpecification bearerBreakingContract(String token) {
        return given().filter(Contract.RESPONSES_ONLY).accept(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    static String etag(String username) {
        return Api.as(Api.ADMIN).get("/api/v1/accounts/" + username).then().statusCode(200).extract().header("ETag");
    }

    static Response patch(String username, String body) {
        return Api.as(Api.ADMIN).contentType(MERGE_PATCH).header("If-Match", etag(username)).body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username);
    }

    /** Issues a token as the account (Basic) and returns its secret. */
    static String token(String username, List<String> scopes) {
        return basic(username).contentType(ContentType.JSON).body(Map.of("name", "test token", "scopes", scopes))
                .post("/api/v1/accounts/me/tokens").then().statusCode(201).extract().path("token");
    }

    /** Signs in through the pages' form and returns the session cookie. */
    static String pageSession(String username) {
        Response answer = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("j_username", username, "j_password", password(username))).post("/pages/login");
        assertEquals(302, answer.statusCode(), "sign-in answers with a redirect");
        String cookie = answer.getCookie("registry-session");
        assertNotNull(cookie, "sign-in sets the session cookie");
        return cookie;
    }

    /** Whether a page request with the session cookie is still signed in (a failed session is sent back to the sign-in page). */
    static boolean pageSignedIn(String cookie) {
        Response answer = given().redirects().follow(false).accept("text/html").cookie("registry-session", cookie).get("/pages/monuments");
        if (answer.statusCode() == 302) {
            return false;
        }
        assertEquals(200, answer.statusCode());
        return true;
    }
}
