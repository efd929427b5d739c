package org.heritageregistry.pages;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The read-only web pages (issue 9, phase 1), through HTTP as a browser gets them. Pages are not
 * in the API contract, so these requests go without the contract filter; the API answers they
 * are compared with go through it.
 */
@QuarkusTest
@DatabaseIndependent("page rendering; the queries behind the pages are tested through the API")
class WebPagesTest {

    /** The resident's "It is total destruction" (seed L84): its source is confidential. */
    private static final String RESIDENT_REPORT = "030d7e6a-647d-45e3-8d12-0cb1640b10da";

    private static Document page(Response response, int status) {
        response.then().statusCode(status).contentType("text/html");
        return Jsoup.parse(response.asString());
    }

    private static Document anonymousPage(String path, int status) {
        return page(given().accept("text/html").get(path), status);
    }

    /** Pages sign in with their form: Basic credentials are the API's and are not read here. */
    private static Document curatorPage(String path, int status) {
        return PageSession.signedInAs("curator").page(path, status);
    }

    /** One h1, headings never skipping a level, a lang on html, a skip link to main, a label for every field. */
    private static void assertAccessibleBasics(Document doc) {
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("h1").size(), "exactly one h1");
        int previous = 1;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + heading + " skips a level after h" + previous);
            previous = level;
        }
        Element skip = doc.selectFirst("a.skip");
        assertNotNull(skip, "a skip link");
        assertNotNull(doc.getElementById(skip.attr("href").substring(1)), "the skip link's target");
        for (Element field : doc.select("input, select, textarea")) {
            assertFalse(field.id().isEmpty(), "field " + field.attr("name") + " has an id");
            assertNotNull(doc.selectFirst("label[for=" + field.id() + "]"), "field " + field.attr("name") + " has a label");
        }
    }

    @Test
    void templeOfBelPageShowsTheConditionNamesAndOneBandPerEstablishedStep() {
        Response response = given().accept("text/html").get("/pages/monuments/temple-of-bel");
        response.then().header("Content-Security-Policy", org.hamcrest.Matchers.containsString("style-src 'self'"));
        Document doc = page(response, 200);
        assertAccessibleBasics(doc);
        assertEquals("Temple of Bel", doc.selectFirst("h1").text());
        assertEquals("DESTROYED", doc.selectFirst(".current-condition").text());

        Element arabic = doc.select("ul.names [lang=ar]").first();
        assertNotNull(arabic, "an Arabic name");
        assertEquals("rtl", arabic.attr("dir"));
        assertEquals("\u0645\u0639\u0628\u062f \u0628\u0644", arabic.text());
        Element transliterated = doc.selectFirst("ul.names [lang=ar-Latn]");
        assertEquals("", transliterated.attr("dir"), "a transliteration reads left to right");
        assertNotNull(doc.selectFirst("a[href=https://www.wikidata.org/wiki/Q797481]"));
        assertNotNull(doc.selectFirst("a[href=https://pleiades.stoa.org/places/35794949]"));

        JsonPath history = Api.anonymous().get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200).extract().jsonPath();
        List<String> steps = history.getList("steps.condition");
        assertFalse(steps.isEmpty(), "the seed establishes the temple's destruction");
        Elements bands = doc.select("svg.timeline g.step");
        assertEquals(steps, bands.eachAttr("data-condition"), "one band per established step, in order");
        for (int i = 0; i < bands.size(); i++) {
            assertEquals(steps.get(i), bands.get(i).selectFirst("text").text(), "each band names its condition in text");
            assertNotNull(bands.get(i).selectFirst("rect"));
            assertTrue(bands.get(i).selectFirst("title").text().startsWith(steps.get(i) + " from "), "a tooltip per band");
        }
        List<String> claimStatuses = history.getList("claims.status");
        Elements marks = doc.select("svg.timeline g.claim");
        assertEquals(claimStatuses, marks.eachAttr("data-status"), "one mark per claim, in event order");
        marks.forEach(mark -> assertFalse(mark.selectFirst("title").text().isBlank()));
        assertEquals(steps.size(), doc.select("table.steps tbody tr").size(), "the table fallback lists every step");
        assertEquals(claimStatuses.size(), doc.select("table.claims tbody tr").size(), "the table fallback lists every claim");
        assertEquals(doc.select("svg").size(), doc.select("svg title#timeline-title").size());
        assertTrue(doc.select("script").isEmpty(), "no JavaScript");
    }

    @Test
    void asOfTheDayBeforeAnyReviewShowsUnknown() {
        Document doc = anonymousPage("/pages/monuments/temple-of-bel?asOf=2015-08-31", 200);
        assertAccessibleBasics(doc);
        assertEquals("UNKNOWN", doc.selectFirst(".current-condition").text());
        assertTrue(doc.select("svg.timeline g.step").isEmpty(), "nothing was established on 31 August 2015");
        JsonPath then = Api.anonymous().queryParam("asOf", "2015-08-31").get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200).extract().jsonPath();
        assertEquals(then.getList("claims").size(), doc.select("svg.timeline g.claim").size());
        assertNotNull(doc.selectFirst(".asof"), "the page says which moment it reflects");
        assertEquals("2015-08-31", doc.selectFirst("input[name=asOf]").val());
    }

    @Test
    void confidentialSourcesAreMaskedForAnonymousReadersAndShownToCurators() {
        Set<String> confidentialNames = new HashSet<>();
        String cursor = null;
        do {
            var request = Api.as(Api.CURATOR).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath sources = request.get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = sources.getList("items");
            items.stream().filter(s -> Boolean.TRUE.equals(s.get("confidential"))).forEach(s -> confidentialNames.add((String) s.get("name")));
            cursor = sources.getString("nextCursor");
        } while (cursor != null);
        assertTrue(confidentialNames.size() >= 2, "the seed has confidential sources: " + confidentialNames);

        List<String> anonymousPages = new ArrayList<>();
        anonymousPages.add(given().accept("text/html").get("/pages/monuments/temple-of-bel").then().statusCode(200).extract().asString());
        anonymousPages.add(given().accept("text/html").get("/pages/monuments/temple-of-bel?asOf=2015-09-01").then().statusCode(200).extract().asString());
        anonymousPages.add(given().accept("text/html").get("/pages/reports/" + RESIDENT_REPORT).then().statusCode(200).extract().asString());
        for (String html : anonymousPages) {
            for (String name : confidentialNames) {
                assertFalse(html.contains(name), "an anonymous page names the confidential source " + name);
                assertFalse(html.contains(org.jsoup.nodes.Entities.escape(name)), "an anonymous page names the confidential source " + name);
            }
        }
        Document masked = Jsoup.parse(anonymousPages.get(2));
        assertEquals("Confidential source (EYEWITNESS)", masked.selectFirst("dd.source").text());

        String residentName = Api.as(Api.CURATOR).get("/api/v1/reports/" + RESIDENT_REPORT).then().statusCode(200).extract().jsonPath().getString("source.name");
        assertTrue(confidentialNames.contains(residentName));
        Document revealed = curatorPage("/pages/reports/" + RESIDENT_REPORT, 200);
        assertTrue(revealed.selectFirst("dd.source").text().startsWith(residentName), "a curator sees the source's name");
        assertTrue(curatorPage("/pages/monuments/temple-of-bel", 200).text().contains(residentName), "a curator sees it on the monument page too");
    }

    @Test
    void reportPageShowsEvidenceAndDecisions() {
        Document doc = anonymousPage("/pages/reports/" + RESIDENT_REPORT, 200);
        assertAccessibleBasics(doc);
        JsonPath report = Api.anonymous().get("/api/v1/reports/" + RESIDENT_REPORT).then().statusCode(200).extract().jsonPath();
        JsonPath decisions = Api.anonymous().get("/api/v1/reports/" + RESIDENT_REPORT + "/decisions").then().statusCode(200).extract().jsonPath();
        assertEquals(report.getList("evidence").size(), doc.select("ul.evidence li").size());
        assertTrue(doc.selectFirst("ul.evidence").text().contains("seeds/palmyra-news-2015-2016.txt#L84"));
        assertEquals(report.getString("status"), doc.selectFirst("dd.status").text());
        assertEquals(report.getString("revisionKind"), doc.selectFirst("dd.revision-kind").text());
        assertEquals(report.getString("owner"), doc.selectFirst("dd.owner").text());
        assertEquals(decisions.getList("items").size(), doc.select("table.decisions tbody tr").size());
        assertFalse(doc.select("table.decisions tbody tr").isEmpty(), "the seeded report was decided on");
        assertEquals("Associated Press (AP)", doc.selectFirst("dd.relayed").text());
        assertTrue(doc.text().contains("91-100%"), "the extent as the API writes it");
        assertNotNull(doc.selectFirst("h1 a[href=/pages/monuments/temple-of-bel]"));
    }

    @Test
    void monumentListFiltersAndPages() {
        Document destroyed = anonymousPage("/pages/monuments?site=palmyra&condition=DESTROYED", 200);
        assertAccessibleBasics(destroyed);
        assertNotNull(destroyed.selectFirst("table.monuments a[href=/pages/monuments/temple-of-bel]"));
        destroyed.select("table.monuments td.condition").forEach(td -> assertEquals("DESTROYED", td.text()));
        assertEquals("DESTROYED", destroyed.selectFirst("select[name=condition] option[selected]").val(), "the form keeps the filter");

        Document first = anonymousPage("/pages/monuments?site=palmyra&limit=2", 200);
        assertEquals(2, first.select("table.monuments tbody tr").size());
        Element next = first.selectFirst("a[rel=next]");
        assertNotNull(next, "a next page link");
        assertTrue(next.attr("href").startsWith("/pages/monuments?"), next.attr("href"));
        assertTrue(next.attr("href").contains("site=palmyra"), "the link keeps the filters");
        Document second = anonymousPage(next.attr("href"), 200);
        List<String> firstIds = first.select("table.monuments tbody a").eachAttr("href");
        List<String> secondIds = second.select("table.monuments tbody a").eachAttr("href");
        assertFalse(secondIds.isEmpty());
        secondIds.forEach(id -> assertFalse(firstIds.contains(id), "the second page repeats " + id));
        assertNotNull(second.selectFirst("nav.paging a[href=/pages/monuments?site=palmyra&limit=2]"), "a link back to the first page");

        Document none = anonymousPage("/pages/monuments?q=no-such-monument-anywhere", 200);
        assertTrue(none.select("table.monuments").isEmpty());
        assertNull(none.selectFirst("a[rel=next]"));
    }

    @Test
    void aMonumentWithoutClaimsHasNoTimelineButSaysSo() {
        String id = Api.newMonument();
        Document doc = anonymousPage("/pages/monuments/" + id, 200);
        assertAccessibleBasics(doc);
        assertEquals("UNKNOWN", doc.selectFirst(".current-condition").text());
        assertTrue(doc.select("svg").isEmpty(), "nothing dated to draw");
        assertTrue(doc.text().contains("No claim about this monument."));
    }

    @Test
    void unknownMonumentOrReportIsAn404Page() {
        for (String path : List.of("/pages/monuments/no-such-monument", "/pages/reports/5a1e2c3d-0000-4000-8000-000000000000", "/pages/reports/not-a-uuid",
                "/pages/monuments/temple-of-bel?asOf=1900-01-01")) {
            Document doc = anonymousPage(path, 404);
            assertAccessibleBasics(doc);
            assertEquals("Not Found", doc.selectFirst("h1").text(), path);
            assertFalse(doc.html().contains("Exception"), "no stack trace on " + path);
            assertFalse(doc.html().contains("org.heritageregistry"), "no class name on " + path);
        }
    }

    @Test
    void badFilterIsA400PageNamingTheField() {
        Document doc = anonymousPage("/pages/monuments?condition=RUINED", 400);
        assertAccessibleBasics(doc);
        assertEquals("condition", doc.selectFirst("ul.field-errors .field").text());
        assertTrue(doc.selectFirst(".problem").text().contains("RUINED"));
        assertEquals("asOf", anonymousPage("/pages/monuments/temple-of-bel?asOf=yesterday", 400).selectFirst("ul.field-errors .field").text());
        assertEquals("limit", anonymousPage("/pages/monuments?limit=0", 400).selectFirst("ul.field-errors .field").text());
    }

    @Test
    void pagesEscapeWhatTheyShow() {
        Document doc = page(given().accept("text/html").queryParam("q", "<script>alert(1)</script>").get("/pages/monuments"), 200);
        assertTrue(doc.select("script").isEmpty(), "the echoed filter is escaped");
        assertEquals("<script>alert(1)</script>", doc.selectFirst("input[name=q]").val());
    }

    @Test
    void pagesAreNotInTheContract() {
        String contract = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertFalse(contract.contains("/pages"), "the web pages stay out of the OpenAPI contract");
    }
}
