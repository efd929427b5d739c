package org.heritageregistry.pages;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The site pages and the curators' site and monument forms, through HTTP as a browser sends them.
 * What a form records is read back through the API, and the audit trail must have the page's
 * writes as it has the API's: the forms are a second face over the same use cases. Every test
 * makes its own sites and monuments (the seeded Palmyra data stays as it is).
 */
@QuarkusTest
@DatabaseIndependent("forms, cookies, CSRF and redirects; the forms call the site and monument services the API tests cover")
class SitePagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> validSite(String id) {
        Map<String, String> form = new HashMap<>();
        form.put("id", id);
        form.put("name", "Test site " + id);
        form.put("names", "ar: تدمر\r\nar-Latn: Tadmur");
        form.put("country", "SY");
        form.put("latitude", "34.5514");
        form.put("longitude", "38.2686");
        form.put("wikidata", "Q5747");
        form.put("unescoId", "23");
        form.put("inDangerSince", "2013-06-20");
        form.put("description", "An oasis city in the Syrian desert.");
        return form;
    }

    /** A site made through the API, as another curator would. */
    private static String apiSite() {
        String id = uniqueId("site");
        Api.as(Api.CURATOR).contentType(ContentType.JSON).body(Map.of("id", id, "name", "API site " + id, "country", "IQ"))
                .post("/api/v1/sites").then().statusCode(201);
        return id;
    }

    private static JsonPath site(String id) {
        return Api.anonymous().get("/api/v1/sites/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String siteEtag(String id) {
        return Api.anonymous().get("/api/v1/sites/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void assertRedirectedTo(Response answer, String path) {
        assertEquals(303, answer.statusCode(), "a recorded form answers See Other: " + answer.asString());
        assertTrue(answer.header("Location").endsWith(path), answer.header("Location"));
    }

    private static List<String> auditActions(String entityType, String id) {
        return Api.as(Api.ADMIN).queryParam("entityType", entityType).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("items.action");
    }

    @Test
    void aCuratorAddsASiteThroughTheFormAndEditsItAndTheAuditTrailHasBoth() {
        String id = uniqueId("site");
        PageSession curator = PageSession.signedInAs("curator");
        Document list = curator.page("/pages/sites", 200);
        assertNotNull(list.selectFirst("a[href=/pages/sites/new]"), "a curator is offered the new-site form");
        Document form = curator.page("/pages/sites/new", 200);
        FormChecks.assertEveryFieldLabelled(form);
        assertFalse(form.selectFirst("input[name=csrf-token]").val().isEmpty(), "the form carries a CSRF token");

        assertRedirectedTo(curator.submit(form, "/pages/sites/new", validSite(id)), "/pages/sites/" + id + "?done=site-created");
        JsonPath created = site(id);
        assertEquals("Test site " + id, created.getString("name"));
        assertEquals(List.of("تدمر", "Tadmur"), created.getList("names.name"));
        assertEquals(List.of("ar", "ar-Latn"), created.getList("names.lang"));
        assertEquals(34.5514f, created.getFloat("location.latitude"));
        assertEquals("2013-06-20", created.getString("inDangerSince"));
        assertEquals("Q5747", created.getString("wikidata"));

        Document shown = curator.page("/pages/sites/" + id + "?done=site-created", 200);
        assertTrue(shown.selectFirst("[role=status]").text().contains("recorded"));
        Element arabic = shown.selectFirst("ul.names [lang=ar]");
        assertEquals("rtl", arabic.attr("dir"), "the Arabic name is set right to left");
        assertEquals("تدمر", arabic.text());
        assertFalse(shown.selectFirst("ul.names [lang=ar-Latn]").hasAttr("dir"), "a transliteration is not");
        assertEquals("https://www.wikidata.org/wiki/Q5747", shown.selectFirst("ul.identifiers a[href*=wikidata]").attr("href"));
        assertNotNull(shown.selectFirst("ul.identifiers a[href=https://whc.unesco.org/en/list/23]"));

        Document edit = curator.page("/pages/sites/edit?site=" + id, 200);
        FormChecks.assertEveryFieldLabelled(edit);
        assertEquals("ar: تدمر\nar-Latn: Tadmur", edit.getElementById("f-names").text().strip().replace("\r", ""),
                "the names come back one a line");
        Map<String, String> changes = new HashMap<>();
        edit.select("form[action=/pages/sites/edit?site=" + id + "] input:not([type=hidden])").forEach(i -> changes.put(i.attr("name"), i.val()));
        changes.put("names", edit.getElementById("f-names").wholeText());
        changes.put("boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[38.25,34.55],[38.28,34.55],[38.28,34.54],[38.25,34.55]]]}");
        changes.put("description", "The ancient city of Palmyra.");
        changes.put("pleiades", "668331");
        assertRedirectedTo(curator.submit(edit, "/pages/sites/edit?site=" + id, changes), "/pages/sites/" + id + "?done=site-edited");

        JsonPath edited = site(id);
        assertEquals("The ancient city of Palmyra.", edited.getString("description"));
        assertEquals("668331", edited.getString("pleiades"));
        assertEquals("Polygon", edited.getString("boundary.type"));
        assertEquals(List.of("تدمر", "Tadmur"), edited.getList("names.name"), "an unchanged field stays as it was");
        Api.as(Api.ADMIN).queryParam("entityType", "site").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("SITE_CREATED", "SITE_UPDATED"))
                .body("items.find { it.action == 'SITE_UPDATED' }.actor", equalTo("curator"))
                .body("items.find { it.action == 'SITE_UPDATED' }.changes.keySet()", equalTo(new java.util.LinkedHashSet<>(List.of("boundary", "pleiades", "description"))));
    }

    @Test
    void anEditOfASiteSinceChangedIsRefusedWithTheSiteAsItIsNowAndOverwritesNothing() {
        String id = apiSite();
        PageSession curator = PageSession.signedInAs("curator");
        Document opened = curator.page("/pages/sites/edit?site=" + id, 200);
        // another curator renames the site through the API meanwhile
        Api.as("curator2").contentType("application/merge-patch+json").header("If-Match", siteEtag(id)).body("{\"name\":\"Renamed meanwhile\"}")
                .patch("/api/v1/sites/" + id).then().statusCode(200);

        Map<String, String> values = new HashMap<>(Map.of("name", "My name", "country", "IQ"));
        Document again = FormChecks.submitStale(curator, opened, "/pages/sites/edit?site=" + id, values);
        assertTrue(again.selectFirst(".error-summary .stale").text().contains("Someone changed the site"));
        assertEquals("Renamed meanwhile", again.selectFirst(".as-now .now-name").text(), "the site as it is now");
        assertEquals("My name", again.getElementById("f-name").val(), "what was typed is kept");
        assertEquals("Renamed meanwhile", site(id).getString("name"), "nothing was overwritten");

        assertRedirectedTo(curator.submit(again, "/pages/sites/edit?site=" + id, values), "/pages/sites/" + id + "?done=site-edited");
        assertEquals("My name", site(id).getString("name"), "sent again from the refreshed form, the edit is recorded");
    }

    @Test
    void wrongFieldsComeBackBesideTheirFieldsAndChangeNothing() {
        String id = apiSite();
        String before = siteEtag(id);
        PageSession curator = PageSession.signedInAs("curator");
        Document edit = curator.page("/pages/sites/edit?site=" + id, 200);
        Map<String, String> values = new HashMap<>();
        values.put("name", "Still fine");
        values.put("country", "Iraq");
        values.put("latitude", "north");
        values.put("longitude", "43.26");
        values.put("wikidata", "5747");
        values.put("names", "ar: \nnot a name line");
        values.put("boundary", "{\"type\":\"Polygon\",\"coordinates\":[[[38.25,34.55],[38.28,34.55]]]}");
        Response answer = curator.submit(edit, "/pages/sites/edit?site=" + id, values);

        assertEquals(400, answer.statusCode());
        Document again = Jsoup.parse(answer.asString());
        assertTrue(again.title().startsWith("Error: "), again.title());
        for (String field : List.of("country", "latitude", "wikidata", "names")) {
            assertNotNull(again.getElementById("e-" + field), "a message beside " + field + ": " + again.select(".error-summary").text());
        }
        assertEquals("true", again.getElementById("f-country").attr("aria-invalid"));
        assertEquals("Iraq", again.getElementById("f-country").val(), "what was typed is kept");
        assertEquals(before, siteEtag(id), "nothing changed");
        assertEquals("IQ", site(id).getString("country"));

        // the boundary is checked by the service (SiteBoundary), and its refusal lands at the field too
        values.put("country", "IQ");
        values.put("latitude", "");
        values.put("longitude", "");
        values.put("wikidata", "");
        values.put("names", "");
        Response boundary = curator.submit(again, "/pages/sites/edit?site=" + id, values);
        assertEquals(400, boundary.statusCode());
        assertNotNull(Jsoup.parse(boundary.asString()).getElementById("e-boundary"), Jsoup.parse(boundary.asString()).select(".error-summary").text());
        assertEquals(before, siteEtag(id), "nothing changed");
    }

    @Test
    void aReaderSeesNoEditControlsAndIsRefusedIfTheyPost() {
        String id = apiSite();
        for (PageSession reader : List.of(PageSession.anonymous(), PageSession.signedInAs("reviewer"))) {
            Document page = reader.page("/pages/sites/" + id, 200);
            assertNull(page.selectFirst("a[href^=/pages/sites/edit]"), "no edit link");
            assertNull(page.selectFirst("a[href^=/pages/sites/retire]"), "no retire link");
            assertNull(page.selectFirst("a[href^=/pages/monuments/new]"), "no add-monument link");
            assertNull(reader.page("/pages/sites", 200).selectFirst("a[href=/pages/sites/new]"));
        }
        PageSession reviewer = PageSession.signedInAs("reviewer");
        Document refused = reviewer.page("/pages/sites/new", 403);
        assertTrue(refused.selectFirst(".problem").text().contains("curator or admin"), refused.selectFirst(".problem").text());
        reviewer.page("/pages/sites/edit?site=" + id, 403);
        // a valid CSRF token and session binding from a form the reviewer may open: only the role is missing
        Element logout = reviewer.page("/pages/logout", 200).selectFirst("form[action=/pages/logout]");
        Map<String, String> fields = new HashMap<>();
        logout.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        String other = uniqueId("site");
        Map<String, String> values = new HashMap<>(fields);
        values.putAll(validSite(other));
        assertEquals(403, reviewer.post("/pages/sites/new", values).statusCode());
        Api.anonymous().get("/api/v1/sites/" + other).then().statusCode(404);
        values = new HashMap<>(fields);
        values.putAll(Map.of("name", "Reviewer's name", "country", "IQ", "version", "0"));
        assertEquals(403, reviewer.post("/pages/sites/edit?site=" + id, values).statusCode());
        assertEquals("API site " + id, site(id).getString("name"));
        PageSession.anonymous().get("/pages/sites/new").then().statusCode(303);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        String id = uniqueId("site");
        PageSession curator = PageSession.signedInAs("curator");
        curator.page("/pages/sites/new", 200);
        Response refused = curator.post("/pages/sites/new", validSite(id));
        assertEquals(400, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).selectFirst(".problem").text().contains("reload the page"));
        Api.anonymous().get("/api/v1/sites/" + id).then().statusCode(404);
    }

    @Test
    void anAdminAddsAMonumentToANewSiteAndACuratorEditsAndMovesIt() {
        String siteId = uniqueId("site");
        PageSession admin = PageSession.signedInAs("admin");
        assertRedirectedTo(admin.submit(admin.page("/pages/sites/new", 200), "/pages/sites/new", validSite(siteId)),
                "/pages/sites/" + siteId + "?done=site-created");
        Document sitePage = admin.page("/pages/sites/" + siteId, 200);
        assertNotNull(sitePage.selectFirst("a[href=/pages/monuments/new?site=" + siteId + "]"), "an admin is offered the add-monument form");

        String monument = uniqueId("temple");
        Document add = admin.page("/pages/monuments/new?site=" + siteId, 200);
        FormChecks.assertEveryFieldLabelled(add);
        Map<String, String> values = new HashMap<>();
        values.put("id", monument);
        values.put("name", "Temple of Test");
        values.put("names", "ar: معبد");
        values.put("category", "TEMPLE");
        values.put("latitude", "34.5474");
        values.put("longitude", "38.2741");
        values.put("locationCertainty", "HIGH");
        values.put("locationBasis", "Surveyed");
        assertRedirectedTo(admin.submit(add, "/pages/monuments/new?site=" + siteId, values),
                "/pages/sites/" + siteId + "?done=monument-added&monument=" + monument);
        JsonPath created = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().jsonPath();
        assertEquals(siteId, created.getString("siteId"));
        assertEquals("HIGH", created.getString("locationCertainty"));

        // a curator may edit monuments but, as in the API, not add one
        PageSession curator = PageSession.signedInAs("curator");
        assertNull(curator.page("/pages/sites/" + siteId, 200).selectFirst("a[href^=/pages/monuments/new]"));
        curator.page("/pages/monuments/new?site=" + siteId, 403);
        assertNotNull(curator.page("/pages/monuments/" + monument, 200).selectFirst("a[href=/pages/monuments/edit?monument=" + monument + "]"));

        String elsewhere = apiSite();
        String form = "/pages/monuments/edit?monument=" + monument;
        Document edit = curator.page(form, 200);
        FormChecks.assertEveryFieldLabelled(edit);
        assertEquals(siteId, edit.selectFirst("#f-siteId option[selected]").val());
        Map<String, String> moved = new HashMap<>();
        edit.select("form[action=" + form + "] input:not([type=hidden])").forEach(i -> moved.put(i.attr("name"), i.val()));
        moved.put("names", edit.getElementById("f-names").wholeText());
        moved.put("description", edit.getElementById("f-description").wholeText());
        moved.put("category", "SHRINE");
        moved.put("siteId", elsewhere);
        moved.put("latitude", "36.1");
        moved.put("longitude", "43.3");
        moved.put("locationCertainty", "LOW");
        moved.put("locationBasis", "Placed from a description");
        assertRedirectedTo(curator.submit(edit, form, moved), "/pages/sites/" + elsewhere + "?done=monument-edited&monument=" + monument);
        JsonPath now = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().jsonPath();
        assertEquals(elsewhere, now.getString("siteId"), "moved to the other site");
        assertEquals("SHRINE", now.getString("category"));
        assertEquals("LOW", now.getString("locationCertainty"));
        assertEquals(List.of("معبد"), now.getList("names.name"));
        Api.as(Api.ADMIN).queryParam("entityType", "monument").queryParam("entityId", monument).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("MONUMENT_CREATED", "MONUMENT_UPDATED"))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.actor", equalTo("curator"))
                .body("items.find { it.action == 'MONUMENT_UPDATED' }.changes.siteId.to", equalTo(elsewhere));

        Document newSite = curator.page("/pages/sites/" + elsewhere + "?done=monument-edited&monument=" + monument, 200);
        assertNotNull(newSite.selectFirst("tr[data-monument=" + monument + "] .approximate"), "listed on its new site, its location marked approximate");
        assertNull(curator.page("/pages/sites/" + siteId, 200).selectFirst("tr[data-monument=" + monument + "]"), "and no longer on the old one");
    }

    @Test
    void aMonumentEditBreakingTheServicesRulesShowsTheRefusalAtTheField() {
        String siteId = apiSite();
        String retired = apiSite();
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Test")).post("/api/v1/sites/" + retired + "/retirement").then().statusCode(200);
        String monument = uniqueId("tower");
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("id", monument, "siteId", siteId, "name", "Tower", "category", "FUNERARY_TOWER"))
                .post("/api/v1/monuments").then().statusCode(201);
        PageSession curator = PageSession.signedInAs("curator");
        String form = "/pages/monuments/edit?monument=" + monument;
        Document edit = curator.page(form, 200);

        Response toRetired = curator.submit(edit, form, Map.of("siteId", retired, "name", "Tower", "category", "FUNERARY_TOWER"));
        assertEquals(422, toRetired.statusCode());
        Document refused = Jsoup.parse(toRetired.asString());
        assertTrue(refused.getElementById("e-siteId").text().contains("retired"), refused.select(".error-summary").text());

        Response certaintyAlone = curator.submit(refused, form, Map.of("siteId", siteId, "name", "Tower", "category", "FUNERARY_TOWER",
                "locationCertainty", "HIGH"));
        assertTrue(certaintyAlone.statusCode() >= 400 && certaintyAlone.statusCode() < 500, "status " + certaintyAlone.statusCode());
        assertNotNull(Jsoup.parse(certaintyAlone.asString()).getElementById("e-locationCertainty"));
        Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).body("siteId", equalTo(siteId))
                .body("locationCertainty", org.hamcrest.Matchers.nullValue());
        assertEquals(List.of("MONUMENT_CREATED"), auditActions("monument", monument), "the refused edits wrote nothing");
    }

    @Test
    void anAdminRetiresASiteFromItsPage() {
        String id = apiSite();
        PageSession curator = PageSession.signedInAs("curator");
        assertNull(curator.page("/pages/sites/" + id, 200).selectFirst("a[href^=/pages/sites/retire]"), "retiring is for admins");
        curator.page("/pages/sites/retire?site=" + id, 403);

        PageSession admin = PageSession.signedInAs("admin");
        Document form = admin.page("/pages/sites/retire?site=" + id, 200);
        FormChecks.assertEveryFieldLabelled(form);
        Response empty = admin.submit(form, "/pages/sites/retire?site=" + id, Map.of("reason", " "));
        assertEquals(400, empty.statusCode());
        assertNotNull(Jsoup.parse(empty.asString()).getElementById("e-reason"));
        assertFalse(site(id).getBoolean("retired"));

        assertRedirectedTo(admin.submit(form, "/pages/sites/retire?site=" + id, Map.of("reason", "Recorded twice")),
                "/pages/sites/" + id + "?done=site-retired");
        assertTrue(site(id).getBoolean("retired"));
        assertTrue(auditActions("site", id).contains("SITE_RETIRED"));
        Document page = admin.page("/pages/sites/" + id + "?done=site-retired", 200);
        assertNull(page.selectFirst("a[href^=/pages/monuments/new]"), "a retired site takes no new monument");
    }

    @Test
    void theSitePageDrawsItsMonumentsOnAMapServedByTheApplication() throws Exception {
        String siteId = apiSite();
        String sure = uniqueId("arch");
        String unsure = uniqueId("well");
        String unplaced = uniqueId("stele");
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("id", sure, "siteId", siteId, "name", "Arch", "category", "ARCH",
                "location", Map.of("latitude", 36.34, "longitude", 43.13), "locationCertainty", "HIGH")).post("/api/v1/monuments").then().statusCode(201);
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("id", unsure, "siteId", siteId, "name", "Well", "category", "OTHER",
                "location", Map.of("latitude", 36.35, "longitude", 43.14), "locationCertainty", "NEGLIGIBLE")).post("/api/v1/monuments").then().statusCode(201);
        Api.as(Api.ADMIN).contentType(ContentType.JSON).body(Map.of("id", unplaced, "siteId", siteId, "name", "Stele", "category", "STATUE"))
                .post("/api/v1/monuments").then().statusCode(201);

        Response answer = PageSession.anonymous().get("/pages/sites/" + siteId);
        answer.then().statusCode(200).header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("img-src 'self';"));
        Document page = Jsoup.parse(answer.asString());
        Element map = page.getElementById("site-map");
        assertNotNull(map, "the map element");
        JsonNode data = JSON.readTree(map.attr("data-map"));
        assertFalse(data.hasNonNull("tiles"), "no tiles configured");
        assertEquals(2, data.get("monuments").size(), "the monuments with a point: " + data);
        Map<String, JsonNode> byId = new HashMap<>();
        data.get("monuments").forEach(m -> byId.put(m.get("id").asText(), m));
        assertEquals(36.34, byId.get(sure).get("lat").asDouble());
        assertEquals(43.13, byId.get(sure).get("lon").asDouble());
        assertFalse(byId.get(sure).get("approximate").asBoolean());
        assertTrue(byId.get(unsure).get("approximate").asBoolean(), "a NEGLIGIBLE location is approximate");
        assertEquals(3, page.select("table.monuments tbody tr").size(), "the table lists every monument, mapped or not");

        List<String> assets = new java.util.ArrayList<>(page.select("script[src]").eachAttr("src"));
        assets.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
        assertTrue(assets.contains("/static/site-map.js"), assets.toString());
        assertTrue(assets.stream().anyMatch(a -> a.startsWith("/webjars/leaflet/") && a.endsWith("/leaflet.js")), assets.toString());
        assertTrue(assets.stream().anyMatch(a -> a.startsWith("/webjars/leaflet/") && a.endsWith("/leaflet.css")), assets.toString());
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script: the pages' policy would block it");
        for (String asset : assets) {
            RestAssured.given().get(asset).then().statusCode(200);
        }
        RestAssured.given().get("/webjars/leaflet/1.9.4/dist/images/marker-icon.png").then().statusCode(200).contentType("image/png");
        RestAssured.given().get("/webjars/leaflet/1.9.4/LICENSE").then().statusCode(200);
    }

    @Test
    void theTileServersOriginIsWhatTheConfigurationNames() {
        assertEquals("https://tile.openstreetmap.org", origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
        assertEquals("https://*.tile.example.org", origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assertEquals("http://localhost:8081", origin("http://localhost:8081/tiles/{z}/{x}/{y}.png"));
        assertNull(origin("javascript:alert(1)"));
        assertNull(origin("/tiles/{z}/{x}/{y}.png"), "a relative URL is this site's own: nothing to add");
        assertNull(origin(""));
    }

    private static String origin(String tileUrl) {
        MapConfig config = new MapConfig() {
            @Override
            public java.util.Optional<String> tileUrl() {
                return java.util.Optional.of(tileUrl);
            }

            @Override
            public java.util.Optional<String> tileAttribution() {
                return java.util.Optional.empty();
            }
        };
        return config.tileOrigin().orElse(null);
    }
}
