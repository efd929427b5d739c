package org.heritageregistry.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.heritageregistry.account.Accounts.MERGE_PATCH;
import static org.heritageregistry.account.Accounts.basic;
import static org.heritageregistry.account.Accounts.password;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The accounts API: admins open, change and disable accounts; holders read themselves and change their password. */
@QuarkusTest
@DatabaseTest
class AccountsApiTest {

    @Test
    void anAdminOpensAReviewerAccountThatSignsInAtOnce() {
        String username = Accounts.newName("reviewer");
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", password(username), "roles", List.of("reviewer")))
                .post("/api/v1/accounts").then().statusCode(201)
                .header("Location", containsString("/api/v1/accounts/" + username))
                .body("username", equalTo(username)).body("roles", equalTo(List.of("reviewer"))).body("disabled", equalTo(false))
                .body("password", nullValue()).body("passwordHash", nullValue());
        basic(username).get("/api/v1/accounts/me").then().statusCode(200).body("username", equalTo(username)).body("roles", equalTo(List.of("reviewer")));
        as(ADMIN).get("/api/v1/accounts/" + username).then().statusCode(200).body(not(containsString("$2")));
    }

    @Test
    void aTakenUsernameIsAConflictAndAShortPasswordOrUnknownRoleIsRefused() {
        String username = Accounts.create("dup", "curator");
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", "another long password", "roles", List.of("curator")))
                .post("/api/v1/accounts").then().statusCode(409).contentType("application/problem+json");
        asBreakingContract(ADMIN).contentType(ContentType.JSON).body(Map.of("username", Accounts.newName("short"), "password", "short", "roles", List.of("curator")))
                .post("/api/v1/accounts").then().statusCode(400).body("errors.field", hasItem("password"));
        asBreakingContract(ADMIN).contentType(ContentType.JSON).body(Map.of("username", Accounts.newName("role"), "password", "long enough password", "roles", List.of("superuser")))
                .post("/api/v1/accounts").then().statusCode(400);
    }

    @Test
    void theListIsKeysetPagedByUsernameAndRefusesUnknownParameters() {
        Accounts.create("list", "curator");
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        do {
            var spec = as(ADMIN).queryParam("limit", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
            List<String> names = page.getList("items.username");
            names.forEach(n -> assertTrue(seen.add(n), "listed twice: " + n));
            order.addAll(names);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(seen.containsAll(List.of("admin", "curator", "reviewer")));
        assertEquals(order.stream().sorted().toList(), order, "ordered by username");
        asBreakingContract(ADMIN).queryParam("role", "admin").get("/api/v1/accounts").then().statusCode(400);
        as(Api.CURATOR).get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    void disablingAnAccountStopsItsBasicItsTokenAndItsPageSessionAtOnce() {
        String username = Accounts.create("disable", "curator", "reviewer");
        basic(username).get("/api/v1/accounts/me").then().statusCode(200); // remembered by the sign-in cache now
        String token = Accounts.token(username, List.of("read", "report"));
        Accounts.bearer(token).get("/api/v1/accounts/me").then().statusCode(200);
        String page = Accounts.pageSession(username);
        assertTrue(Accounts.pageSignedIn(page));

        Accounts.patch(username, "{\"disabled\":true}").then().statusCode(200).body("disabled", equalTo(true));

        basic(username).get("/api/v1/accounts/me").then().statusCode(401).contentType("application/problem+json");
        Accounts.bearer(token).get("/api/v1/accounts/me").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
        assertFalse(Accounts.pageSignedIn(page), "the page session of a disabled account ends");

        // enabled again: Basic and the token work again; the ended page session does not
        Accounts.patch(username, "{\"disabled\":false}").then().statusCode(200);
        basic(username).get("/api/v1/accounts/me").then().statusCode(200);
        Accounts.bearer(token).get("/api/v1/accounts/me").then().statusCode(200);
        assertFalse(Accounts.pageSignedIn(page));
    }

    @Test
    void demotingAnAccountNarrowsItsBasicAtOnce() {
        String username = Accounts.create("demote", "curator", "reviewer");
        basic(username).get("/api/v1/accounts/me").then().statusCode(200).body("roles", equalTo(List.of("curator", "reviewer")));
        Accounts.patch(username, "{\"roles\":[\"reviewer\"]}").then().statusCode(200).body("roles", equalTo(List.of("reviewer")));
        String monument = Api.newMonument();
        basic(username).contentType(ContentType.JSON).body(Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"))
                .post("/api/v1/reports").then().statusCode(403);
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        // a test admin disables every other enabled admin (the demo admin included), checks the rule
        // on itself, and enables them all again: test classes run one after another, so no other test sees the gap
        String last = Accounts.create("last-admin", "admin");
        List<String> others = enabledAdmins(last).stream().filter(a -> !a.equals(last)).toList();
        try {
            for (String other : others) {
                patchAs(last, other, "{\"disabled\":true}").then().statusCode(200);
            }
            assertEquals(List.of(last), enabledAdmins(last));
            patchAs(last, last, "{\"disabled\":true}").then().statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("last-admin"));
            patchAs(last, last, "{\"roles\":[\"curator\"]}").then().statusCode(409).body("type", containsString("last-admin"));
            // keeping the admin role and adding another is no demotion
            patchAs(last, last, "{\"roles\":[\"admin\",\"reviewer\"]}").then().statusCode(200);
        } finally {
            for (String other : others) {
                patchAs(last, other, "{\"disabled\":false}").then().statusCode(200);
            }
        }
        // with others back, the test admin may go
        Accounts.patch(last, "{\"disabled\":true}").then().statusCode(200);
    }

    private static io.restassured.response.Response patchAs(String admin, String username, String body) {
        String etag = basic(admin).get("/api/v1/accounts/" + username).then().statusCode(200).extract().header("ETag");
        return basic(admin).contentType(MERGE_PATCH).header("If-Match", etag).body(body.getBytes(StandardCharsets.UTF_8)).patch("/api/v1/accounts/" + username);
    }

    private static List<String> enabledAdmins(String admin) {
        List<String> admins = new ArrayList<>();
        String cursor = null;
        do {
            var spec = basic(admin).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(a -> !(Boolean) a.get("disabled") && ((List<?>) a.get("roles")).contains("admin")).forEach(a -> admins.add((String) a.get("username")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return admins;
    }

    @Test
    void anEditNeedsIfMatchAndAStaleOneIsRefused() {
        String username = Accounts.create("ifmatch", "curator");
        String etag = Accounts.etag(username);
        as(ADMIN).contentType(MERGE_PATCH).body("{\"roles\":[\"reviewer\"]}".getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username).then().statusCode(428);
        as(ADMIN).contentType(MERGE_PATCH).header("If-Match", etag).body("{\"roles\":[\"reviewer\"]}".getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username).then().statusCode(200);
        as(ADMIN).contentType(MERGE_PATCH).header("If-Match", etag).body("{\"disabled\":true}".getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username).then().statusCode(412);
        asBreakingContract(ADMIN).contentType(MERGE_PATCH).header("If-Match", Accounts.etag(username)).body("{\"username\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username).then().statusCode(400).body("errors.field", hasItem("username"));
        as(ADMIN).get("/api/v1/accounts/" + username).then().statusCode(200).body("roles", equalTo(List.of("reviewer"))).body("disabled", equalTo(false));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOldPasswordAndPageSessions() {
        String username = Accounts.create("password", "reviewer");
        basic(username).get("/api/v1/accounts/me").then().statusCode(200);
        String page = Accounts.pageSession(username);
        basic(username).contentType(ContentType.JSON).body(Map.of("currentPassword", "not the password", "newPassword", "a brand new passphrase"))
                .accept("*/*").post("/api/v1/accounts/me/password").then().statusCode(422).contentType("application/problem+json");
        basic(username).get("/api/v1/accounts/me").then().statusCode(200);

        basic(username).contentType(ContentType.JSON).body(Map.of("currentPassword", password(username), "newPassword", "a brand new passphrase"))
                .accept("*/*").post("/api/v1/accounts/me/password").then().statusCode(204);

        basic(username).get("/api/v1/accounts/me").then().statusCode(401);
        Api.anonymous().auth().preemptive().basic(username, "a brand new passphrase").get("/api/v1/accounts/me").then().statusCode(200);
        assertFalse(Accounts.pageSignedIn(page), "the other page sessions end with a new password");
    }

    @Test
    void accountWritesAreAuditedWithoutSecrets() {
        String username = Accounts.create("audit", "curator");
        Accounts.patch(username, "{\"roles\":[\"reviewer\"]}").then().statusCode(200);
        String body = as(ADMIN).queryParam("entityType", "account").queryParam("entityId", username).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("ACCOUNT_CREATED")).body("items.action", hasItem("ACCOUNT_UPDATED")).extract().asString();
        assertFalse(body.contains(password(username)), "no password in the audit trail");
        assertFalse(body.contains("$2"), "no hash in the audit trail");
    }
}
