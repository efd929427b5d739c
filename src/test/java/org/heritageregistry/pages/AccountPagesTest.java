package org.heritageregistry.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The account pages through HTTP as a browser sends them: an admin opens and changes accounts, a
 * holder changes their password and manages their API tokens. Each test works on accounts it opens
 * itself (the demo accounts' passwords and roles stay as they are); what the pages did is checked
 * through the API, with the account's own credentials, and in the audit trail.
 */
@QuarkusTest
@DatabaseIndependent("forms, cookies and credentials; the forms call the account services the API tests cover")
class AccountPagesTest {

    private static String newName(String prefix) {
        return "page-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String password(String username) {
        return username + " passphrase";
    }

    /** Opens an account through the API, as the demo admin; its password is {@link #password}. */
    private static String open(String prefix, String... roles) {
        String username = newName(prefix);
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("username", username, "password", password(username), "roles", List.of(roles)))
                .post("/api/v1/accounts").then().statusCode(201);
        return username;
    }

    private static RequestSpecification basic(String username, String password) {
        return given().accept(ContentType.JSON).auth().preemptive().basic(username, password);
    }

    private static PageSession signIn(String username, String password) {
        PageSession session = PageSession.anonymous();
        Response answer = session.post("/pages/login", Map.of("j_username", username, "j_password", password));
        assertEquals(302, answer.statusCode());
        assertFalse(answer.header("Location").contains("failed"), "signed in as " + username);
        return session;
    }

    /** A form's hidden fields and the test's values, some of them repeated (checkboxes). */
    private static Response submit(PageSession session, Document page, String action, Map<String, List<String>> values) {
        Element form = page.selectFirst("form[action=" + action + "]");
        assertNotNull(form, "a form posting to " + action);
        RequestSpecification request = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Element hidden : form.select("input[type=hidden]")) {
            if (!values.containsKey(hidden.attr("name"))) {
                request.formParam(hidden.attr("name"), hidden.attr("value"));
            }
        }
        values.forEach((name, list) -> request.formParam(name, list.toArray()));
        return request.post(action);
    }

    private static List<String> audit(String username, String action) {
        return Api.as(Api.ADMIN).queryParam("entityType", "account").queryParam("entityId", username).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").stream().filter(e -> action.equals(e.get("action")))
                .map(e -> (String) e.get("actor")).toList();
    }

    @Test
    void anAdminOpensAnAccountOnThePageAndChangesItsRoles() {
        PageSession admin = PageSession.signedInAs("admin");
        Document list = admin.page("/pages/accounts", 200);
        assertNotNull(list.selectFirst("tr[data-account=curator]"), "the accounts are listed");
        String username = newName("opened");

        Response tooShort = submit(admin, list, "/pages/accounts", Map.of("username", List.of(username), "password", List.of("short"), "roles", List.of("curator")));
        assertEquals(400, tooShort.statusCode());
        Document refused = Jsoup.parse(tooShort.asString());
        assertNotNull(refused.getElementById("e-password"), "the error is beside the password");
        assertEquals(username, refused.getElementById("f-username").val(), "the name is kept");
        assertEquals("", refused.getElementById("f-password").val(), "the password is never sent back");
        assertEquals(401, basic(username, "short").get("/api/v1/accounts/me").statusCode(), "nothing was opened");

        Response opened = submit(admin, refused, "/pages/accounts", Map.of("username", List.of(username), "password", List.of(password(username)),
                "roles", List.of("curator")));
        assertEquals(303, opened.statusCode());
        assertTrue(opened.header("Location").endsWith("/pages/accounts/edit?account=" + username + "&created=true"), opened.header("Location"));
        basic(username, password(username)).get("/api/v1/accounts/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.equalTo(List.of("curator")));

        Document edit = admin.page("/pages/accounts/edit?account=" + username, 200);
        assertTrue(edit.getElementById("f-role-curator").hasAttr("checked"));
        Response none = submit(admin, edit, "/pages/accounts/edit?account=" + username, Map.of("disabled", List.of("false")));
        assertEquals(400, none.statusCode(), "no role at all is refused as the API refuses it");
        assertNotNull(Jsoup.parse(none.asString()).getElementById("e-roles"));

        Response changed = submit(admin, edit, "/pages/accounts/edit?account=" + username,
                Map.of("roles", List.of("curator", "reviewer"), "disabled", List.of("false")));
        assertEquals(303, changed.statusCode());
        basic(username, password(username)).get("/api/v1/accounts/me").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.equalTo(List.of("curator", "reviewer")));

        // the edit form opened before that change is stale
        Response stale = submit(admin, edit, "/pages/accounts/edit?account=" + username, Map.of("roles", List.of("curator"), "disabled", List.of("true")));
        assertEquals(412, stale.statusCode());
        assertTrue(Jsoup.parse(stale.asString()).selectFirst(".error-summary").text().contains("changed since you read it"));
        basic(username, password(username)).get("/api/v1/accounts/me").then().statusCode(200);

        Response disabled = submit(admin, admin.page("/pages/accounts/edit?account=" + username, 200), "/pages/accounts/edit?account=" + username,
                Map.of("roles", List.of("curator", "reviewer"), "disabled", List.of("true")));
        assertEquals(303, disabled.statusCode());
        assertEquals(401, basic(username, password(username)).get("/api/v1/accounts/me").statusCode(), "a disabled account cannot sign in");
        assertEquals("disabled", admin.page("/pages/accounts/edit?account=" + username, 200).selectFirst("dd.state").text());

        assertEquals(List.of("admin"), audit(username, "ACCOUNT_CREATED"));
        assertEquals(List.of("admin", "admin"), audit(username, "ACCOUNT_UPDATED"));
    }

    @Test
    void theLastEnabledAdminIsNeitherDemotedNorDisabledOnThePageAndTheRefusalIsShown() {
        // as AccountsApiTest does: a test admin disables every other enabled admin for the moment of
        // the check (test classes run one after another) and enables them again
        String last = open("last-admin", "admin");
        List<String> others = enabledAdmins(last).stream().filter(a -> !a.equals(last)).toList();
        PageSession page = signIn(last, password(last));
        try {
            for (String other : others) {
                patch(last, other, "{\"disabled\":true}");
            }
            String form = "/pages/accounts/edit?account=" + last;
            Response demoted = submit(page, page.page(form, 200), form, Map.of("roles", List.of("curator"), "disabled", List.of("false")));
            assertEquals(409, demoted.statusCode());
            Document refused = Jsoup.parse(demoted.asString());
            assertTrue(refused.selectFirst(".error-summary").text().contains("last enabled admin"), refused.selectFirst(".error-summary").text());
            assertTrue(refused.getElementById("f-role-curator").hasAttr("checked"), "what was chosen is kept");
            assertEquals("admin", refused.selectFirst("dd.roles").text(), "the account as it is");

            Response disabled = submit(page, page.page(form, 200), form, Map.of("roles", List.of("admin"), "disabled", List.of("true")));
            assertEquals(409, disabled.statusCode());
            basic(last, password(last)).get("/api/v1/accounts/me").then().statusCode(200).body("roles", org.hamcrest.Matchers.equalTo(List.of("admin")))
                    .body("disabled", org.hamcrest.Matchers.equalTo(false));
        } finally {
            for (String other : others) {
                patch(last, other, "{\"disabled\":false}");
            }
        }
        assertTrue(audit(last, "ACCOUNT_UPDATED").isEmpty(), "nothing changed");
        patch(Api.ADMIN, last, "{\"disabled\":true}");
    }

    @Test
    void aHolderChangesTheirPasswordOnThePageAndTheOldOneStopsWorking() {
        String username = open("password", "reviewer");
        PageSession holder = signIn(username, password(username));
        Document mine = holder.page("/pages/account", 200);
        assertEquals("My account: " + username, mine.selectFirst("h1").text());

        Response wrong = submit(holder, mine, "/pages/account/password", Map.of("currentPassword", List.of("not my password"),
                "newPassword", List.of("a new and long passphrase")));
        assertEquals(422, wrong.statusCode());
        Document refused = Jsoup.parse(wrong.asString());
        assertNotNull(refused.getElementById("e-currentPassword"), "the error is beside the current password");
        Response tooShort = submit(holder, refused, "/pages/account/password", Map.of("currentPassword", List.of(password(username)),
                "newPassword", List.of("short")));
        assertEquals(400, tooShort.statusCode());
        assertNotNull(Jsoup.parse(tooShort.asString()).getElementById("e-newPassword"));
        basic(username, password(username)).get("/api/v1/accounts/me").then().statusCode(200);

        Response changed = submit(holder, refused, "/pages/account/password", Map.of("currentPassword", List.of(password(username)),
                "newPassword", List.of("a new and long passphrase")));
        assertEquals(303, changed.statusCode());
        assertEquals(401, basic(username, password(username)).get("/api/v1/accounts/me").statusCode(), "the old password stops working");
        basic(username, "a new and long passphrase").get("/api/v1/accounts/me").then().statusCode(200);
        assertTrue(holder.page("/pages/account?passwordChanged=true", 200).selectFirst("[role=status]").text().contains("password is changed"),
                "this browser stays signed in");
        assertEquals(List.of(username), audit(username, "PASSWORD_CHANGED"));
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceWorksAsBearerAndStopsWhenRevoked() {
        String username = open("tokens", "curator");
        PageSession holder = signIn(username, password(username));
        Document mine = holder.page("/pages/account", 200);

        Response notGranted = submit(holder, mine, "/pages/account/tokens", Map.of("name", List.of("Too much"), "scopes", List.of("read", "admin")));
        assertEquals(403, notGranted.statusCode());
        assertNotNull(Jsoup.parse(notGranted.asString()).getElementById("e-scopes"), "the refusal is beside the scopes");

        Response issued = submit(holder, mine, "/pages/account/tokens", Map.of("name", List.of("Uploader"), "scopes", List.of("read", "report"),
                "expiresAt", List.of(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString())));
        assertEquals(201, issued.statusCode());
        assertEquals("no-store", issued.header("Cache-Control"));
        String secret = Jsoup.parse(issued.asString()).getElementById("token-secret").val();
        assertTrue(secret.matches("hr_[A-Za-z0-9_-]{43}"), secret);
        given().accept(ContentType.JSON).header("Authorization", "Bearer " + secret).get("/api/v1/accounts/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo(username));

        Response listed = holder.get("/pages/account");
        assertFalse(listed.asString().contains(secret), "the secret is never shown again");
        Document after = Jsoup.parse(listed.asString());
        Element row = after.selectFirst("table.tokens tr:has(td:containsOwn(Uploader))");
        assertNotNull(row, "the token is listed");
        String tokenId = row.attr("data-token");
        assertEquals(1, audit(username, "TOKEN_ISSUED").size());

        Document revokeForm = Jsoup.parse("<html><body>" + row.selectFirst("form").outerHtml() + "</body></html>");
        Response revoked = holder.submit(revokeForm, "/pages/account/tokens/revoke", Map.of());
        assertEquals(303, revoked.statusCode());
        assertEquals(401, given().accept(ContentType.JSON).header("Authorization", "Bearer " + secret).get("/api/v1/accounts/me").statusCode(),
                "a revoked token stops working");
        assertNull(holder.page("/pages/account?revoked=true", 200).selectFirst("tr[data-token=" + tokenId + "]"));
    }

    @Test
    void anAccountFormWithoutItsCsrfTokenIsRefusedAndNonAdminsGetAForbiddenPage() {
        String username = newName("forged");
        PageSession admin = PageSession.signedInAs("admin");
        admin.page("/pages/accounts", 200);
        Response forged = admin.post("/pages/accounts", Map.of("username", username, "password", password(username), "roles", "curator"));
        assertEquals(400, forged.statusCode());
        assertEquals(401, basic(username, password(username)).get("/api/v1/accounts/me").statusCode(), "nothing was opened");

        PageSession curator = PageSession.signedInAs("curator");
        assertTrue(curator.page("/pages/accounts", 403).selectFirst(".problem").text().contains("admin"));
        assertNull(curator.page("/pages/account", 200).selectFirst("a[href=/pages/accounts]"), "no accounts link for a non-admin");
        Document own = curator.page("/pages/account", 200);
        Response refused = submit(curator, own, "/pages/account/password", Map.of("username", List.of(username), "password", List.of(password(username)),
                "roles", List.of("admin")));
        assertEquals(400, refused.statusCode(), "the curator's own form, sent empty");
        Map<String, List<String>> fields = Map.of("username", List.of(username), "password", List.of(password(username)), "roles", List.of("admin"));
        RequestSpecification post = curator.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        own.selectFirst("form[action=/pages/account/password]").select("input[type=hidden]").forEach(i -> post.formParam(i.attr("name"), i.attr("value")));
        fields.forEach((k, v) -> post.formParam(k, v.toArray()));
        assertEquals(403, post.post("/pages/accounts").statusCode(), "a valid token does not make a curator an admin");
        assertEquals(401, basic(username, password(username)).get("/api/v1/accounts/me").statusCode());
    }

    private static void patch(String admin, String username, String body) {
        String password = admin.equals(Api.ADMIN) ? "admin-demo" : password(admin);
        String etag = basic(admin, password).get("/api/v1/accounts/" + username).then().statusCode(200).extract().header("ETag");
        basic(admin, password).contentType("application/merge-patch+json").header("If-Match", etag).body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/accounts/" + username).then().statusCode(200);
    }

    private static List<String> enabledAdmins(String admin) {
        List<String> admins = new ArrayList<>();
        String cursor = null;
        do {
            var spec = basic(admin, password(admin)).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/accounts").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(a -> !(Boolean) a.get("disabled") && ((List<?>) a.get("roles")).contains("admin"))
                    .forEach(a -> admins.add((String) a.get("username")));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return admins;
    }
}
