package org.heritageregistry.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Sign-in, the curator's submission form and the reviewer's queue and decision form, through HTTP
 * as a browser sends them (form bodies, cookies, redirects). What the forms record is read back
 * through the API: the pages must write exactly what the API would.
 */
@QuarkusTest
@DatabaseIndependent("forms, cookies, CSRF and redirects; the forms call the services the API tests cover")
class FormPagesTest {

    private static String reportIdFrom(Response redirect) {
        assertEquals(303, redirect.statusCode(), "a recorded form answers See Other");
        String location = redirect.header("Location");
        assertTrue(location.matches(".*/pages/reports/[0-9a-f-]{36}\\?(submitted|decided)=true"), location);
        return location.replaceAll(".*/pages/reports/([0-9a-f-]{36}).*", "$1");
    }

    private static Map<String, String> validReport(String monumentId, String sourceId) {
        Map<String, String> form = new HashMap<>();
        form.put("monumentId", monumentId);
        form.put("condition", "DESTROYED");
        form.put("conditionWording", "razed to the ground");
        form.put("causes", "EXPLOSIVES");
        form.put("eventDate", "2015-08-30");
        form.put("certainty", "HIGH");
        form.put("sourceId", sourceId);
        form.put("summary", "Activists say the cella was blown up.");
        form.put("evidenceKind", "ARTICLE");
        form.put("evidenceDescription", "A news item");
        return form;
    }

    @Test
    void aPageThatNeedsAnAccountSendsTheReaderToSignInAndBackAfterwards() {
        PageSession browser = PageSession.anonymous();
        Response answer = browser.get("/pages/reports/new?monument=temple-of-bel");
        assertEquals(303, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/pages/login"), answer.header("Location"));

        Document login = browser.page("/pages/login", 200);
        FormChecks.assertEveryFieldLabelled(login);
        Response signedIn = browser.submit(login, "/pages/login", Map.of("j_username", "curator", "j_password", "curator-demo"));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/pages/reports/new?monument=temple-of-bel"), signedIn.header("Location"));
        Document form = browser.page("/pages/reports/new?monument=temple-of-bel", 200);
        assertEquals("temple-of-bel", form.getElementById("f-monumentId").val());
        assertTrue(form.selectFirst("header").text().contains("Signed in as curator"));
    }

    @Test
    void theApiStillChallengesWithBasicAndNeverRedirects() {
        given().redirects().follow(false).contentType("application/json").body("{}").post("/api/v1/reports")
                .then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
        given().redirects().follow(false).get("/api/v1/monuments/temple-of-bel")
                .then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aWrongPasswordShowsTheSignInPageAgainWithTheReason() {
        PageSession browser = PageSession.anonymous();
        Response answer = browser.post("/pages/login", Map.of("j_username", "curator", "j_password", "wrong"));
        assertEquals(302, answer.statusCode());
        assertTrue(answer.header("Location").endsWith("/pages/login?failed=true"), answer.header("Location"));
        assertFalse(browser.has("registry-session"));
        assertTrue(browser.page("/pages/login?failed=true", 200).selectFirst("[role=alert]").text().contains("wrong"));
    }

    @Test
    void aCuratorSubmitsAReportThroughTheFormAndTheApiHasIt() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/reports/new?monument=" + monument, 200);
        FormChecks.assertEveryFieldLabelled(form);
        assertFalse(form.selectFirst("input[name=csrf-token]").val().isEmpty(), "the form carries a CSRF token");

        String id = reportIdFrom(curator.submit(form, "/pages/reports", validReport(monument, source)));

        JsonPath report = Api.anonymous().get("/api/v1/reports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(monument, report.getString("monumentId"));
        assertEquals("DESTROYED", report.getString("condition"));
        assertEquals("UNVERIFIED", report.getString("status"));
        assertEquals("curator", report.getString("submittedBy"));
        assertEquals("2015-08-30", report.getString("eventDate.edtf"));
        assertEquals("ARTICLE", report.getString("evidence[0].kind"));
        Document shown = curator.page("/pages/reports/" + id + "?submitted=true", 200);
        assertTrue(shown.selectFirst("[role=status]").text().contains("Recorded"));
    }

    @Test
    void sendingTheSameFormTwiceRecordsOneReport() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/reports/new?monument=" + monument, 200);
        String first = reportIdFrom(curator.submit(form, "/pages/reports", validReport(monument, source)));
        String second = reportIdFrom(curator.submit(form, "/pages/reports", validReport(monument, source)));
        assertEquals(first, second, "a double submit replays the first answer");
        assertEquals(1, Api.anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @Test
    void wrongFieldsComeBackBesideTheFieldsWithWhatWasTypedAndNothingIsRecorded() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/reports/new?monument=" + monument, 200);
        Map<String, String> values = validReport(monument, source);
        values.put("eventDate", "2015-13-45");
        values.put("certainty", "PROBABLE");
        values.remove("causes");
        values.put("evidenceDescription", "");
        Response answer = curator.submit(form, "/pages/reports", values);

        assertEquals(400, answer.statusCode());
        Document again = org.jsoup.Jsoup.parse(answer.asString());
        assertTrue(again.title().startsWith("Error: "), again.title());
        assertEquals(java.util.List.of("#f-causes", "#f-eventDate", "#f-certainty", "#f-evidenceDescription"),
                again.select(".error-summary li a").eachAttr("href"), "the summary lists the errors in the form's order, each a link to its field");
        for (String field : new String[] { "eventDate", "certainty", "causes", "evidenceDescription" }) {
            assertNotNull(again.getElementById("e-" + field), "a message beside " + field);
        }
        assertEquals("true", again.getElementById("f-eventDate").attr("aria-invalid"));
        assertTrue(again.getElementById("f-eventDate").attr("aria-describedby").contains("e-eventDate"));
        assertEquals("2015-13-45", again.getElementById("f-eventDate").val(), "what was typed is kept");
        assertEquals("razed to the ground", again.getElementById("f-conditionWording").val());
        assertEquals(source, again.selectFirst("#f-sourceId option[selected]").val());
        assertEquals(0, Api.anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @Test
    void theServicesRulesComeBackAsFormErrorsToo() {
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/reports/new", 200);
        Response answer = curator.submit(form, "/pages/reports", validReport("no-such-monument", source));
        assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, "status " + answer.statusCode());
        Document again = org.jsoup.Jsoup.parse(answer.asString());
        assertTrue(again.getElementById("e-monumentId").text().contains("no monument has this id"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        curator.page("/pages/reports/new?monument=" + monument, 200);
        Map<String, String> values = validReport(monument, source);
        Response refused = curator.post("/pages/reports", values);
        assertEquals(400, refused.statusCode(), "no token");
        assertTrue(org.jsoup.Jsoup.parse(refused.asString()).selectFirst(".problem").text().contains("reload the page"), "a page that says what to do");
        values.put("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(400, curator.post("/pages/reports", values).statusCode(), "a token that is not the cookie's");
        assertEquals(0, Api.anonymous().queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenForSignIn() {
        given().redirects().follow(false).header("Origin", "https://attacker.example").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("j_username", "curator", "j_password", "curator-demo")).post("/pages/login")
                .then().statusCode(403).header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aBrowsersOwnWordDecidesWhereAPostComesFrom() {
        // Chromium sends "Origin: null" on a same-origin POST under Referrer-Policy: no-referrer
        given().redirects().follow(false).header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("j_username", "curator", "j_password", "curator-demo"))
                .post("/pages/login").then().statusCode(302);
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("j_username", "curator", "j_password", "curator-demo")).post("/pages/login").then().statusCode(403);
    }

    @Test
    void aReviewerVerifiesTheCuratorsReportAndTheMonumentPageChanges() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        PageSession curator = PageSession.signedInAs("curator");
        String id = reportIdFrom(curator.submit(curator.page("/pages/reports/new?monument=" + monument, 200), "/pages/reports",
                validReport(monument, source)));
        Document before = PageSession.anonymous().page("/pages/monuments/" + monument, 200);
        assertEquals(0, before.select("svg.timeline g.step").size(), "nothing established yet");
        assertEquals("UNVERIFIED", before.selectFirst("svg.timeline g.claim").attr("data-status"));

        PageSession reviewer = PageSession.signedInAs("reviewer");
        Document queue = reviewer.page("/pages/review", 200);
        assertNotNull(queue.selectFirst("a[href=/pages/review/decision?report=" + id + "]"), "the new report waits in the queue");
        Document decide = reviewer.page("/pages/review/decision?report=" + id, 200);
        FormChecks.assertEveryFieldLabelled(decide);
        Map<String, String> decision = new HashMap<>();
        decision.put("status", "VERIFIED");
        decision.put("rationale", "UNOSAT imagery shows the cella destroyed.");
        decision.put("evidenceKind", "SATELLITE_IMAGE");
        decision.put("evidenceDescription", "UNITAR/UNOSAT analysis of imagery of 31 Aug 2015");
        decision.put("evidenceCredit", "UNITAR/UNOSAT");
        decision.put("evidenceAcquiredOn", "2015-08-31");
        assertEquals(id, reportIdFrom(reviewer.submit(decide, "/pages/review/decision?report=" + id, decision)));

        assertEquals("VERIFIED", Api.anonymous().get("/api/v1/reports/" + id).then().statusCode(200).extract().path("status"));
        assertEquals("DESTROYED", Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().path("currentCondition"));
        Document after = PageSession.anonymous().page("/pages/monuments/" + monument, 200);
        assertEquals("DESTROYED", after.selectFirst("svg.timeline g.step").attr("data-condition"), "the timeline gains a DESTROYED band");
        assertEquals("VERIFIED", after.selectFirst("svg.timeline g.claim").attr("data-status"));
        assertEquals("DESTROYED", after.selectFirst(".current-condition").text());
    }

    @Test
    void aDecisionOnAVersionSinceChangedIsRefusedAndTheFormShowsTheReportAsItIsNow() {
        String monument = Api.newMonument();
        String id = Api.submit(Api.CURATOR, Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        PageSession reviewer = PageSession.signedInAs("reviewer");
        Document opened = reviewer.page("/pages/review/decision?report=" + id, 200);
        Api.decide("reviewer2", id, Api.decision("DISPUTED", "Other sources disagree.")).statusCode(201);

        Document again = FormChecks.submitStale(reviewer, opened, "/pages/review/decision?report=" + id,
                Map.of("status", "REJECTED", "rationale", "Not credible."));
        assertEquals("DISPUTED", again.selectFirst("dd.status").text(), "the report as it is now");
        assertEquals("Not credible.", again.getElementById("f-rationale").text(), "what was typed is kept");
        assertEquals(1, Api.anonymous().get("/api/v1/reports/" + id + "/decisions").then().statusCode(200).extract().jsonPath().getList("items").size());

        Response retried = reviewer.submit(again, "/pages/review/decision?report=" + id, Map.of("status", "REJECTED", "rationale", "Not credible."));
        assertEquals(id, reportIdFrom(retried));
        assertEquals("REJECTED", Api.anonymous().get("/api/v1/reports/" + id).then().statusCode(200).extract().path("status"));
    }

    /** Two MISUSE claims on a new monument that give different numbers: one open COUNT conflict; its id. */
    private static String openCountConflict(String submitter) {
        String monument = Api.newMonument();
        var exact = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-05-21/2015-10-27");
        exact.put("count", Api.count(25, "EXACTLY", "Syrian soldiers killed"));
        var bounded = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-07");
        bounded.put("count", Api.count(20, "MORE_THAN", "captured soldiers executed"));
        Api.submit(submitter, exact);
        Api.submit(Api.CURATOR, bounded);
        return Api.anonymous().queryParam("monument", monument).get("/api/v1/conflicts").then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void aReviewerSettlesAConflictFromTheQueueWithARationale() {
        String id = openCountConflict(Api.CURATOR);
        PageSession reviewer = PageSession.signedInAs("reviewer");
        String form = "/pages/review/settlement?conflict=" + id;
        Document queue = reviewer.page("/pages/review", 200);
        // the queue lists open conflicts 20 at a time; this one is new, so it may be on a later page
        Document settle = reviewer.page(form, 200);
        FormChecks.assertEveryFieldLabelled(settle);
        assertEquals("OPEN", settle.selectFirst("dd.state").text());
        assertEquals(2, settle.select("tr.claim").size(), "both claims, each with its links");
        assertTrue(queue.select("a[href^=/pages/review/settlement?conflict=]").size() > 0, "the queue links each open conflict to its settlement form");

        Response empty = reviewer.submit(settle, form, Map.of("rationale", "  "));
        assertEquals(400, empty.statusCode());
        Document refused = org.jsoup.Jsoup.parse(empty.asString());
        assertNotNull(refused.selectFirst("#e-rationale"), "the error is shown at the field");
        assertEquals("OPEN", Api.anonymous().get("/api/v1/conflicts/" + id).then().extract().path("state"));

        Response settled = reviewer.submit(refused, form, Map.of("rationale", "Both fit the video of July 2015: 'more than 20' is the less precise count."));
        assertEquals(303, settled.statusCode());
        assertTrue(settled.header("Location").endsWith(form), settled.header("Location"));
        Api.anonymous().get("/api/v1/conflicts/" + id).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("SETTLED"))
                .body("settlement.settledBy", org.hamcrest.Matchers.equalTo("reviewer"))
                .body("settlement.rationale", org.hamcrest.Matchers.startsWith("Both fit the video"));
        Document after = reviewer.page(form, 200);
        assertEquals("SETTLED", after.selectFirst("dd.state").text());
        assertNull(after.selectFirst("form[action=" + form + "]"), "a settled conflict has no settlement form");
        assertEquals(1, Api.as(Api.ADMIN).queryParam("entityType", "conflict").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items").size(), "the settlement is audited once");
    }

    @Test
    void aSettlementOnAConflictSinceChangedOrOverOwnClaimIsRefusedOnThePage() {
        String id = openCountConflict(Api.CURATOR);
        String monument = Api.anonymous().get("/api/v1/conflicts/" + id).then().extract().path("monumentId");
        var twelve = Api.incident(monument, "MISUSE", Api.newSource(false), "2015-07");
        twelve.put("count", Api.count(12, "EXACTLY", "soldiers killed"));
        String third = Api.submit(Api.CURATOR, twelve);
        String form = "/pages/review/settlement?conflict=" + id;
        PageSession reviewer = PageSession.signedInAs("reviewer");
        Document opened = reviewer.page(form, 200);
        assertEquals(3, opened.select("tr.claim").size());
        // disputing one of three claims changes the conflict but leaves it open
        Api.decide("reviewer2", third, Api.decision("DISPUTED", "Another account gives a different number.")).statusCode(201);
        Document again = FormChecks.submitStale(reviewer, opened, form, Map.of("rationale", "Same event."));
        assertEquals("Same event.", again.getElementById("f-rationale").text(), "what was typed is kept");

        String own = openCountConflict("reviewer2");
        PageSession author = PageSession.signedInAs("reviewer2");
        Response refused = author.submit(author.page("/pages/review/settlement?conflict=" + own, 200), "/pages/review/settlement?conflict=" + own,
                Map.of("rationale", "Mine."));
        assertEquals(403, refused.statusCode());
        assertEquals("OPEN", Api.anonymous().get("/api/v1/conflicts/" + own).then().extract().path("state"));
        PageSession.signedInAs("curator").page("/pages/review/settlement?conflict=" + own, 403);
    }

    @Test
    void nobodyDecidesOnTheirOwnReportOnThePagesEither() {
        String monument = Api.newMonument();
        String id = Api.submit("reviewer2", Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30"));
        PageSession author = PageSession.signedInAs("reviewer2");
        Document decide = author.page("/pages/review/decision?report=" + id, 200);
        Response answer = author.submit(decide, "/pages/review/decision?report=" + id, Map.of("status", "DISPUTED", "rationale", "Mine."));
        assertEquals(403, answer.statusCode());
        assertTrue(org.jsoup.Jsoup.parse(answer.asString()).selectFirst(".error-summary").text().toLowerCase().contains("submitted"));
        assertEquals("UNVERIFIED", Api.anonymous().get("/api/v1/reports/" + id).then().statusCode(200).extract().path("status"));
    }

    @Test
    void aCuratorWithoutTheReviewerRoleGetsAPageSayingSo() {
        Document refused = PageSession.signedInAs("curator").page("/pages/review", 403);
        assertTrue(refused.selectFirst(".problem").text().contains("reviewer"));
    }

    @Test
    void signingOutEndsTheSession() {
        PageSession curator = PageSession.signedInAs("curator");
        Document confirm = curator.page("/pages/logout", 200);
        Response out = curator.submit(confirm, "/pages/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertFalse(curator.has("registry-session"), "the session cookie is removed");
        assertEquals(303, curator.get("/pages/reports/new").statusCode(), "the form needs signing in again");
    }

    @Test
    void aSessionCookieCopiedBeforeSigningOutStopsWorkingAfterIt() {
        PageSession curator = PageSession.signedInAs("curator");
        PageSession stolen = curator.copy();
        assertEquals(200, stolen.get("/pages/reports/new").statusCode(), "the copy works while the session lasts");
        Document confirm = curator.page("/pages/logout", 200);
        assertEquals(303, curator.submit(confirm, "/pages/logout", Map.of()).statusCode());
        // the session ended server-side (issue 22, finding 7): the copied cookie no longer signs anyone in
        Response after = stolen.get("/pages/reports/new");
        assertTrue(after.statusCode() == 302 || after.statusCode() == 303, "redirected to sign in, was " + after.statusCode());
        assertTrue(after.getHeader("Location").contains("/pages/login"), after.getHeader("Location"));
    }

    @Test
    void aCsrfCookieAndFieldSetToTheSameInventedValueAreRefused() {
        PageSession curator = PageSession.signedInAs("curator");
        curator.page("/pages/logout", 200);
        // a forger who can plant a cookie picks a value and sends it in both places: once enough
        // (the token was only compared with the cookie), now the cookie must be the service's signature
        for (String invented : List.of("AAAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            Response refused = given().redirects().follow(false).cookie("registry-session", curator.cookie("registry-session"))
                    .cookie("registry-csrf", invented).contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("csrf-token", invented)).post("/pages/logout");
            assertEquals(400, refused.statusCode(), "an invented token of " + invented.length() + " characters");
        }
        assertEquals(200, curator.get("/pages/reports/new").statusCode(), "still signed in: the forged sign-out did nothing");
        Document confirm = curator.page("/pages/logout", 200);
        assertEquals(303, curator.submit(confirm, "/pages/logout", Map.of()).statusCode(), "the form's own token still works");
    }

    @Test
    void aCsrfTokenAndCookieFromAnotherSessionAreRefused() {
        // the forger signs in themself and takes their own form's fields and CSRF cookie: a valid,
        // signed pair, which they plant in the victim's browser (issue 22, finding 7)
        PageSession forger = PageSession.signedInAs("curator");
        Element forgersForm = forger.page("/pages/logout", 200).selectFirst("form[action=/pages/logout]");
        Map<String, String> fields = new HashMap<>();
        forgersForm.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        assertFalse(fields.getOrDefault("session-binding", "").isEmpty(), "the form carries its session's binding");
        PageSession victim = PageSession.signedInAs("curator");
        Response refused = given().redirects().follow(false).cookie("registry-session", victim.cookie("registry-session"))
                .cookie("registry-csrf", forger.cookie("registry-csrf")).contentType("application/x-www-form-urlencoded")
                .formParams(fields).post("/pages/logout");
        assertEquals(400, refused.statusCode(), "a pair from another session");
        assertTrue(refused.asString().contains("Form not accepted"), refused.asString());
        assertEquals(200, victim.get("/pages/reports/new").statusCode(), "the victim is still signed in: the forged sign-out did nothing");
        // the same fields still work in the session they came from
        assertEquals(303, forger.post("/pages/logout", fields).statusCode());
    }

    @Test
    void thePagesCookiesAreHttpOnlyAndSameSite() {
        PageSession curator = PageSession.signedInAs("curator");
        Response form = curator.request().get("/pages/reports/new");
        String csrf = form.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("registry-csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.toLowerCase().contains("httponly"), csrf);
        assertTrue(csrf.contains("SameSite=Strict"), csrf);
        Response signIn = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("j_username", "curator", "j_password", "curator-demo")).post("/pages/login");
        String session = signIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("registry-session=")).findFirst().orElseThrow();
        assertTrue(session.toLowerCase().contains("httponly") && session.toLowerCase().contains("samesite=strict"), session);
    }
}
