package org.heritageregistry.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The source pages through HTTP as a browser sends them: search, a source's page as each reader
 * sees it, and the curator's forms to register, correct and merge. What the forms record is read
 * back through the API and the audit trail: the pages must write exactly what the API would.
 */
@QuarkusTest
@DatabaseIndependent("forms, masking and redirects; the forms call the source service the API tests cover")
class SourcePagesTest {

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String registered(Response redirect) {
        assertEquals(303, redirect.statusCode(), "a recorded form answers See Other: " + redirect.asString());
        String location = redirect.header("Location");
        assertTrue(location.matches(".*/pages/sources/[0-9a-f-]{36}\\?(registered|saved|merged)=true"), location);
        return location.replaceAll(".*/pages/sources/([0-9a-f-]{36}).*", "$1");
    }

    private static String newSource(String name, boolean confidential, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", confidential ? "ACTIVIST" : "NEWS_AGENCY");
        body.put("reliability", "C");
        body.put("confidential", confidential);
        if (description != null) {
            body.put("description", description);
        }
        return Api.as(Api.CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    private static Map<String, String> sourceForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("aliases", "");
        form.put("kind", "NEWS_AGENCY");
        form.put("reliability", "B");
        form.put("description", "");
        form.put("url", "");
        return form;
    }

    private static List<Map<String, Object>> search(String q) {
        return Api.as(Api.CURATOR).queryParam("q", q).get("/api/v1/sources").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> auditActions(String sourceId) {
        return Api.as(Api.ADMIN).queryParam("entityType", "source").queryParam("entityId", sourceId).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
    }

    @Test
    void aCuratorRegistersASourceThroughTheFormAndTheApiAndAuditHaveIt() {
        String name = "Page agency " + unique();
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/sources/new", 200);
        assertFalse(form.selectFirst("input[name=csrf-token]").val().isEmpty(), "the form carries a CSRF token");
        Map<String, String> values = sourceForm(name);
        values.put("aliases", "First spelling\n\n  Second spelling  \n");
        values.put("description", "Wire service quoted on Palmyra.");
        String id = registered(curator.submit(form, "/pages/sources", values));

        Api.as(Api.CURATOR).get("/api/v1/sources/" + id).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(name))
                .body("aliases", org.hamcrest.Matchers.equalTo(List.of("First spelling", "Second spelling")))
                .body("reliability", org.hamcrest.Matchers.equalTo("B"))
                .body("description", org.hamcrest.Matchers.equalTo("Wire service quoted on Palmyra."));
        assertEquals(List.of("SOURCE_REGISTERED"), auditActions(id));
        Document shown = curator.page("/pages/sources/" + id + "?registered=true", 200);
        assertEquals(name, shown.selectFirst("h1").text());
        assertTrue(shown.selectFirst("[role=status]").text().contains("Registered"));
        assertNotNull(shown.selectFirst("a[href=/pages/sources/edit?source=" + id + "]"), "a curator gets the edit link");
    }

    @Test
    void missingFieldsComeBackBesideTheirFieldsAndNothingIsRegistered() {
        String name = "Page incomplete " + unique();
        PageSession curator = PageSession.signedInAs("curator");
        Map<String, String> values = sourceForm(name);
        values.put("kind", "");
        values.put("url", "not a link");
        Response answer = curator.submit(curator.page("/pages/sources/new", 200), "/pages/sources", values);
        assertEquals(400, answer.statusCode());
        Document again = Jsoup.parse(answer.asString());
        assertNotNull(again.getElementById("e-kind"));
        assertNotNull(again.getElementById("e-url"));
        assertEquals(name, again.getElementById("f-name").val(), "what was typed is kept");
        assertEquals(0, search(name).size());
    }

    @Test
    void aNameAlreadyRegisteredShowsTheCandidatesAndNothingIsCreatedUntilTheCuratorInsists() {
        String name = "Page namesake " + unique();
        String existing = newSource(name, false, null);
        PageSession curator = PageSession.signedInAs("curator");
        Document form = curator.page("/pages/sources/new", 200);
        // the same name in another case and with an accent
        Response similar = curator.submit(form, "/pages/sources", sourceForm(name.toUpperCase().replace("PAGE", "PÂGE")));
        assertEquals(409, similar.statusCode());
        Document candidates = Jsoup.parse(similar.asString());
        assertNotNull(candidates.selectFirst(".candidates a[href=/pages/sources/" + existing + "]"), "the candidate is linked");
        assertNotNull(candidates.getElementById("f-allowSimilar"), "the curator may insist");
        assertFalse(candidates.getElementById("f-allowSimilar").hasAttr("checked"), "insisting is the curator's explicit choice");
        assertEquals(1, search(name).size(), "nothing was registered");

        Map<String, String> insist = sourceForm(name.toUpperCase().replace("PAGE", "PÂGE"));
        insist.put("allowSimilar", "true");
        String second = registered(curator.submit(candidates, "/pages/sources", insist));
        assertFalse(second.equals(existing));
        assertEquals(2, search(name).size(), "registered once the curator insisted");
    }

    @Test
    void aCuratorCorrectsASourceAndAFormOpenedBeforeAnotherEditIsRefusedAsStale() {
        String name = "Page correction " + unique();
        String id = newSource(name, false, "First description.");
        PageSession curator = PageSession.signedInAs("curator");
        Document opened = curator.page("/pages/sources/edit?source=" + id, 200);
        assertEquals(name, opened.getElementById("f-name").val());
        assertEquals("First description.", opened.getElementById("f-description").text());

        Map<String, String> values = sourceForm(name);
        values.put("kind", "MONITORING_GROUP");
        values.put("reliability", "C");
        values.put("aliases", "Corrected spelling");
        values.put("description", "Second description.");
        assertEquals(id, registered(curator.submit(opened, "/pages/sources/edit?source=" + id, values)));
        Api.as(Api.CURATOR).get("/api/v1/sources/" + id).then().statusCode(200)
                .body("kind", org.hamcrest.Matchers.equalTo("MONITORING_GROUP"))
                .body("aliases", org.hamcrest.Matchers.equalTo(List.of("Corrected spelling")))
                .body("description", org.hamcrest.Matchers.equalTo("Second description."));
        assertEquals(java.util.Set.of("SOURCE_REGISTERED", "SOURCE_UPDATED"), java.util.Set.copyOf(auditActions(id)));

        // the form opened before that edit carries the old version
        values.put("description", "Third description.");
        Document again = FormChecks.submitStale(curator, opened, "/pages/sources/edit?source=" + id, values);
        assertEquals("Third description.", again.getElementById("f-description").text(), "what was typed is kept");
        assertEquals("Second description.", Api.as(Api.CURATOR).get("/api/v1/sources/" + id).then().extract().path("description"));
        // the refused form carries the version now current: a second look can go on
        assertEquals(id, registered(curator.submit(again, "/pages/sources/edit?source=" + id, values)));
        assertEquals("Third description.", Api.as(Api.CURATOR).get("/api/v1/sources/" + id).then().extract().path("description"));
    }

    @Test
    void aMergeShowsWhatItWillDoAndTheMergedSourcesPageLeadsToTheSurvivor() {
        String tag = unique();
        String survivor = newSource("Page survivor " + tag, false, null);
        String duplicate = newSource("Page duplicate " + tag, false, null);
        PageSession curator = PageSession.signedInAs("curator");
        Document choose = curator.page("/pages/sources/merge?source=" + duplicate, 200);
        assertNotNull(choose.selectFirst("#f-into option[value=" + survivor + "]"), "the survivor is offered");
        assertNull(choose.selectFirst("#f-into option[value=" + duplicate + "]"), "not the duplicate itself");
        assertNull(choose.selectFirst("form[method=post]"), "nothing to confirm before a survivor is chosen");

        Document preview = curator.page("/pages/sources/merge?source=" + duplicate + "&into=" + survivor, 200);
        assertTrue(preview.selectFirst("ul.effects").text().contains("Page duplicate " + tag), "the names the survivor will take");
        Response merged = curator.submit(preview, "/pages/sources/merge?source=" + duplicate, Map.of());
        assertEquals(survivor, registered(merged));
        assertTrue(merged.header("Location").endsWith("?merged=true"));

        Response redirect = PageSession.anonymous().get("/pages/sources/" + duplicate);
        assertEquals(308, redirect.statusCode());
        assertTrue(redirect.header("Location").endsWith("/pages/sources/" + survivor), redirect.header("Location"));
        Document survivorPage = curator.page("/pages/sources/" + survivor, 200);
        assertTrue(survivorPage.selectFirst("dd.aliases").text().contains("Page duplicate " + tag));
        assertTrue(auditActions(duplicate).contains("SOURCE_MERGED"));
        assertTrue(auditActions(survivor).contains("SOURCE_MERGED"));

        // the same preview again is stale (the merge moved the duplicate's version); a fresh one says it takes no more changes
        Response again = curator.submit(preview, "/pages/sources/merge?source=" + duplicate, Map.of("idempotencyKey", UUID.randomUUID().toString()));
        assertEquals(412, again.statusCode());
        Document refused = curator.page("/pages/sources/merge?source=" + duplicate, 409);
        assertTrue(refused.selectFirst(".problem").text().contains("merged into"), refused.selectFirst(".problem").text());
    }

    @Test
    void aMergeTheServiceRefusesIsShownAsAMessageAndChangesNothing() {
        String tag = unique();
        String open = newSource("Page open " + tag, false, null);
        String hidden = newSource("Page hidden " + tag, true, null);
        PageSession curator = PageSession.signedInAs("curator");
        Document preview = curator.page("/pages/sources/merge?source=" + open + "&into=" + hidden, 200);
        Response refused = curator.submit(preview, "/pages/sources/merge?source=" + open, Map.of());
        assertEquals(422, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).selectFirst(".error-summary").text().contains("same confidentiality"));
        Api.anonymous().get("/api/v1/sources/" + open).then().statusCode(200);
        assertFalse(auditActions(open).contains("SOURCE_MERGED"));
    }

    @Test
    void aSearchFindsASourceByASpellingWithoutAccentsOrArabicVowels() {
        String tag = unique();
        String id = newSource("Dépôt des Antiquités de Tadmur " + tag, false, null);
        Api.as(Api.CURATOR).contentType("application/merge-patch+json")
                .header("If-Match", Api.as(Api.CURATOR).get("/api/v1/sources/" + id).then().extract().header("ETag"))
                .body(("{\"aliases\":[\"مُدِيرِيَّة الآثار " + tag + "\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .patch("/api/v1/sources/" + id).then().statusCode(200);

        Document latin = PageSession.anonymous().page("/pages/sources?q=depot des antiquites de tadmur " + tag, 200);
        assertNotNull(latin.selectFirst("a[href=/pages/sources/" + id + "]"), "found without accents");
        assertEquals("depot des antiquites de tadmur " + tag, latin.getElementById("f-q").val(), "the search is kept in its field");
        Document arabic = PageSession.anonymous().page("/pages/sources?q=مديرية الاثار " + tag, 200);
        assertNotNull(arabic.selectFirst("a[href=/pages/sources/" + id + "]"), "found in Arabic without its short vowels");
        Document none = PageSession.anonymous().page("/pages/sources?q=nothing like it " + tag, 200);
        assertNull(none.selectFirst("a[href=/pages/sources/" + id + "]"));
    }

    @Test
    void anonymousReadersNeverSeeAConfidentialSourcesNameOrDescriptionOnAnyPage() {
        String tag = unique();
        String name = "Page informant " + tag;
        String description = "Lives near the theatre " + tag;
        String id = newSource(name, true, description);
        PageSession anonymous = PageSession.anonymous();

        Response page = anonymous.get("/pages/sources/" + id);
        assertEquals(200, page.statusCode());
        assertFalse(page.asString().contains(tag), "neither the name nor the description");
        assertTrue(Jsoup.parse(page.asString()).selectFirst("h1").text().startsWith("Confidential source"));
        Response searched = anonymous.get("/pages/sources?q=" + tag);
        assertFalse(searched.asString().contains(tag.substring(4)) && searched.asString().contains(id), "a search never matches its name");
        assertNull(Jsoup.parse(searched.asString()).selectFirst("a[href=/pages/sources/" + id + "]"));
        for (String form : List.of("/pages/sources/edit?source=" + id, "/pages/sources/merge?source=" + id)) {
            Response answer = anonymous.get(form);
            assertEquals(303, answer.statusCode(), form + " asks to sign in");
            assertFalse(answer.asString().contains(tag));
        }

        Document signedIn = PageSession.signedInAs("reviewer").page("/pages/sources/" + id, 200);
        assertEquals(name, signedIn.selectFirst("h1").text(), "a signed-in reader sees it, as in the API");
        assertEquals(description, signedIn.selectFirst("dd.description").text());
    }

    @Test
    void noSourcePageShowsTheAnonymousPublicAnyConfidentialNameOrDescription() {
        newSource("Page hidden witness " + unique(), true, "Hidden description " + unique());
        // every confidential source's name and description, as a curator sees them (the seed's included)
        List<String> needles = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        List<String> publicTexts = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(Api.CURATOR).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> source : page.<Map<String, Object>>getList("items")) {
                List<String> texts = java.util.stream.Stream.of(source.get("name"), source.get("description")).filter(String.class::isInstance)
                        .map(String.class::cast).filter(t -> t.strip().length() >= 6).toList();
                if (Boolean.TRUE.equals(source.get("confidential"))) {
                    needles.addAll(texts);
                    ids.add((String) source.get("id"));
                } else {
                    publicTexts.addAll(texts);
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        needles.removeIf(n -> publicTexts.stream().anyMatch(p -> p.contains(n)));
        assertTrue(needles.size() >= 2, "confidential sources to look for: " + needles);

        PageSession anonymous = PageSession.anonymous();
        List<String> seen = new java.util.ArrayList<>();
        for (String id : ids) {
            seen.add(anonymous.get("/pages/sources/" + id).asString());
        }
        for (String needle : needles) {
            seen.add(anonymous.get("/pages/sources?q=" + needle).asString());
        }
        String next = "/pages/sources";
        for (int pages = 0; next != null && pages < 200; pages++) {
            String html = anonymous.get(next).asString();
            seen.add(html);
            org.jsoup.nodes.Element link = Jsoup.parse(html).selectFirst("a[rel=next]");
            next = link == null ? null : link.attr("href");
        }
        for (String html : seen) {
            // a search page shows its own query back (in its field and heading): that is the reader's text, not the registry's
            Document shown = Jsoup.parse(html);
            shown.select("form[role=search], h2.results").remove();
            String text = shown.text() + shown.outerHtml();
            for (String needle : needles) {
                assertFalse(text.contains(needle) || text.contains(org.jsoup.nodes.Entities.escape(needle)), "a confidential text reached the public: " + needle);
            }
        }
    }

    @Test
    void aReaderWithoutTheCuratorRoleSeesNoEditControlsAndIsRefusedOnPosting() {
        String name = "Page unedited " + unique();
        String id = newSource(name, false, null);
        PageSession reviewer = PageSession.signedInAs("reviewer");
        Document page = reviewer.page("/pages/sources/" + id, 200);
        assertNull(page.selectFirst("a[href^=/pages/sources/edit]"));
        assertNull(page.selectFirst("a[href^=/pages/sources/merge]"));
        assertNull(reviewer.page("/pages/sources", 200).selectFirst("a[href=/pages/sources/new]"));
        reviewer.page("/pages/sources/new", 403);
        reviewer.page("/pages/sources/edit?source=" + id, 403);

        // a valid token and binding from a form the reviewer may open: the role still decides
        Document own = reviewer.page("/pages/account", 200);
        Map<String, String> values = sourceForm(name + " renamed");
        values.put("version", "0");
        Response refused = reviewer.submit(own, "/pages/account/password", Map.of());
        assertEquals(400, refused.statusCode(), "the reviewer's own form works (and refuses empty fields)");
        Map<String, String> fields = new HashMap<>();
        own.selectFirst("form[action=/pages/account/password]").select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
        fields.putAll(values);
        assertEquals(403, reviewer.post("/pages/sources/edit?source=" + id, fields).statusCode());
        assertEquals(403, reviewer.post("/pages/sources", fields).statusCode());
        assertEquals(name, Api.anonymous().get("/api/v1/sources/" + id).then().extract().path("name"));
        assertEquals(0, search(name + " renamed").size());
    }

    @Test
    void aSourceFormPostWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        String name = "Page forged " + unique();
        PageSession curator = PageSession.signedInAs("curator");
        curator.page("/pages/sources/new", 200);
        Response refused = curator.post("/pages/sources", sourceForm(name));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).selectFirst(".problem").text().contains("reload the page"));
        assertEquals(0, search(name).size());
    }
}
