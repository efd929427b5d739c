package org.heritageregistry.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.heritageregistry.export.Exports.CSV;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * CSV exports of monuments and reports, read back with jackson-dataformat-csv row by row: the
 * same rows as the JSON, Arabic intact, awkward text quoted, formulas defused, and confidential
 * sources masked for the public exactly as the JSON masks them.
 */
@QuarkusTest
@DatabaseTest
class CsvExportTest {

    @Test
    void monumentsAreRowsWithAHeaderInUtf8() {
        Response response = anonymous().accept(CSV).queryParam("site", "palmyra").queryParam("category", "TEMPLE").get("/api/v1/monuments");
        response.then().statusCode(200).contentType(containsString("text/csv")).header("Content-Type", containsString("charset=UTF-8"));
        String raw = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(raw.startsWith("id,siteId,name,alternateNames,category,latitude,longitude,currentCondition,retired,wikidata,pleiades,url\r\n"), raw);
        Map<String, String> bel = row(Exports.rows(raw), "temple-of-bel");
        assertEquals("Temple of Bel", bel.get("name"));
        assertEquals("palmyra", bel.get("siteId"));
        assertEquals("TEMPLE", bel.get("category"));
        assertEquals("34.547", bel.get("latitude"));
        assertEquals("38.274", bel.get("longitude"));
        assertEquals("DESTROYED", bel.get("currentCondition"));
        assertEquals("false", bel.get("retired"));
        assertEquals("Q797481", bel.get("wikidata"));
        assertTrue(bel.get("alternateNames").contains("معبد بل [ar]"), bel.get("alternateNames"));
        assertTrue(bel.get("alternateNames").contains("Maʿbad Bel [ar-Latn]"), bel.get("alternateNames"));
        assertTrue(bel.get("url").endsWith("/api/v1/monuments/temple-of-bel"));
    }

    @Test
    void theMonumentRowsAreTheJsonItemsPageByPage() {
        List<Map<String, Object>> json = anonymous().queryParam("limit", 100).get("/api/v1/monuments").then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)).getList("items");
        List<Map<String, String>> rows = new ArrayList<>();
        for (Response page : Exports.allPages(Api::anonymous, CSV, "/api/v1/monuments?limit=7")) {
            List<Map<String, String>> pageRows = Exports.rows(page.asString());
            assertTrue(pageRows.size() <= 7);
            rows.addAll(pageRows);
        }
        assertTrue(rows.size() >= json.size(), "paging by Link lost rows");
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> item = json.get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(item.get("id"), row.get("id"));
            assertEquals(item.get("name"), row.get("name"));
            assertEquals(item.get("currentCondition"), row.get("currentCondition"));
            @SuppressWarnings("unchecked")
            Map<String, Object> location = (Map<String, Object>) item.get("location");
            if (location == null) {
                assertEquals("", row.get("latitude"), row.get("id"));
            } else {
                assertEquals(((Number) location.get("latitude")).doubleValue(), Double.parseDouble(row.get("latitude")), row.get("id"));
                assertEquals(((Number) location.get("longitude")).doubleValue(), Double.parseDouble(row.get("longitude")), row.get("id"));
            }
        }
    }

    @Test
    void anEmptyPageStillNamesItsColumns() {
        String raw = anonymous().accept(CSV).queryParam("q", "no monument is called this").get("/api/v1/monuments").then().statusCode(200)
                .extract().asString();
        assertEquals("id,siteId,name,alternateNames,category,latitude,longitude,currentCondition,retired,wikidata,pleiades,url\r\n", raw);
    }

    @Test
    void commasQuotesNewlinesAndArabicSurviveTheRoundTrip() {
        String id = "test-csv-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Tomb \"of\" " + id + ", north side\nسور معبد بل"; // q finds it by the id inside
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("id", id, "siteId", "palmyra", "name", name, "category", "FUNERARY_TOWER",
                "names", List.of(Map.of("name", "برج إلابل، الشمالي", "lang", "ar"))))
                .post("/api/v1/monuments").then().statusCode(201);
        String raw = anonymous().accept(CSV).queryParam("q", id).get("/api/v1/monuments").then().statusCode(200).extract().asString();
        assertTrue(raw.contains("\"Tomb \"\"of\"\" " + id + ", north side\nسور معبد بل\""), "RFC 4180 quoting: " + raw);
        List<Map<String, String>> rows = Exports.rows(raw);
        assertEquals(1, rows.size());
        assertEquals(name, rows.get(0).get("name"));
        assertEquals("برج إلابل، الشمالي [ar]", rows.get(0).get("alternateNames"));
        assertEquals("", rows.get(0).get("latitude"), "no location: empty cells");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        String monument = Api.newMonument();
        Map<String, Object> body = Api.report(monument, Api.newSource(false), "DESTROYED", "2015-08-30");
        body.put("conditionWording", "=HYPERLINK(\"http://evil.example\",\"click\")");
        body.put("certaintyWording", "+1 witnesses");
        body.put("summary", "-2+3 columns fell");
        String report = Api.submit(CURATOR, body);
        Map<String, Object> at = Api.report(monument, Api.newSource(false), "INTACT", "2015-08-30");
        at.put("summary", "@SUM(A1:A9)");
        at.put("conditionWording", "\tindented");
        at.put("certaintyWording", "a plain = sign inside is harmless");
        Api.submit(CURATOR, at);

        List<Map<String, String>> rows = Exports.rows(anonymous().accept(CSV).queryParam("monument", monument).get("/api/v1/reports")
                .then().statusCode(200).extract().asString());
        Map<String, String> first = row(rows, report);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", first.get("conditionWording"));
        assertEquals("'+1 witnesses", first.get("certaintyWording"));
        assertEquals("'-2+3 columns fell", first.get("summary"));
        Map<String, String> second = rows.stream().filter(r -> !r.get("id").equals(report)).findFirst().orElseThrow();
        assertEquals("'@SUM(A1:A9)", second.get("summary"));
        assertEquals("'\tindented", second.get("conditionWording"));
        assertEquals("a plain = sign inside is harmless", second.get("certaintyWording"));
        // the JSON keeps the text as the source gave it
        anonymous().get("/api/v1/reports/" + report).then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.equalTo("-2+3 columns fell"));
    }

    @Test
    void reportRowsAreTheJsonItemsWithTheSameFilters() {
        String query = "/api/v1/reports?monument=temple-of-bel&limit=4";
        List<Map<String, Object>> json = new ArrayList<>();
        String cursor = null;
        do {
            var page = anonymous().urlEncodingEnabled(false).get(query + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
            json.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        List<Map<String, String>> rows = new ArrayList<>();
        Exports.allPages(Api::anonymous, CSV, query).forEach(p -> rows.addAll(Exports.rows(p.asString())));
        assertEquals(json.size(), rows.size());
        assertTrue(rows.size() >= 5, "the Temple of Bel has several claims: " + rows.size());
        for (int i = 0; i < json.size(); i++) {
            Map<String, Object> item = json.get(i);
            Map<String, String> row = rows.get(i);
            assertEquals(item.get("id"), row.get("id"));
            assertEquals("temple-of-bel", row.get("monumentId"));
            assertEquals(item.get("condition"), row.get("condition"));
            assertEquals(item.get("status"), row.get("status"));
            assertEquals(((Map<?, ?>) item.get("eventDate")).get("edtf"), row.get("eventDate"));
            assertEquals(((Map<?, ?>) item.get("source")).get("id"), row.get("sourceId"));
            Object sourceName = ((Map<?, ?>) item.get("source")).get("name");
            assertEquals(sourceName == null ? "" : sourceName, row.get("sourceName"));
            assertEquals(String.join(";", ((List<?>) item.get("causes")).stream().map(String::valueOf).toList()), row.get("causes"));
        }
    }

    @Test
    void confidentialSourcesAreMaskedForThePublicAsInTheJson() {
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String secretName = as(CURATOR).get("/api/v1/sources/" + secret).then().statusCode(200).extract().path("name");
        String open = Api.newSource(false);
        Map<String, Object> claim = Api.report(monument, secret, "DESTROYED", "2015-08-30");
        String direct = Api.submit(CURATOR, claim);
        Map<String, Object> relayedClaim = Api.report(monument, open, "DESTROYED", "2015-08-31");
        relayedClaim.put("relayedById", secret);
        String relayed = Api.submit(CURATOR, relayedClaim);

        String publicCsv = anonymous().accept(CSV).queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200).extract().asString();
        assertFalse(publicCsv.contains(secretName), "the public CSV names a confidential source:\n" + publicCsv);
        List<Map<String, String>> publicRows = Exports.rows(publicCsv);
        Map<String, String> masked = row(publicRows, direct);
        assertEquals("", masked.get("sourceName"));
        assertEquals("ACTIVIST", masked.get("sourceKind"));
        assertEquals("true", masked.get("sourceConfidential"));
        assertEquals(secret, masked.get("sourceId"), "the id stays, as in the JSON");
        assertEquals("", row(publicRows, relayed).get("relayedByName"));
        assertEquals(secret, row(publicRows, relayed).get("relayedById"));

        for (Supplier<RequestSpecification> signedIn : List.<Supplier<RequestSpecification>>of(() -> as(CURATOR), () -> as(REVIEWER))) {
            List<Map<String, String>> rows = Exports.rows(signedIn.get().accept(CSV).queryParam("monument", monument).get("/api/v1/reports")
                    .then().statusCode(200).extract().asString());
            assertEquals(secretName, row(rows, direct).get("sourceName"));
            assertEquals(secretName, row(rows, relayed).get("relayedByName"));
        }
        // every confidential source, seeded or not, stays masked across the whole public CSV
        int confidentialRows = 0;
        for (Response page : Exports.allPages(Api::anonymous, CSV, "/api/v1/reports?limit=100")) {
            assertFalse(page.asString().contains(secretName));
            for (Map<String, String> row : Exports.rows(page.asString())) {
                if ("true".equals(row.get("sourceConfidential"))) {
                    confidentialRows++;
                    assertEquals("", row.get("sourceName"), row.get("id"));
                }
            }
        }
        assertTrue(confidentialRows >= 2, "expected the seed's confidential claims too: " + confidentialRows);
    }

    @Test
    void theNextPageLinkKeepsTheFilters() {
        Response first = anonymous().accept(CSV).queryParam("monument", "temple-of-bel").queryParam("status", "VERIFIED").queryParam("limit", 1)
                .get("/api/v1/reports");
        first.then().statusCode(200).header("Link", containsString("rel=\"next\""));
        String next = Exports.next(first);
        assertNotNull(next);
        assertTrue(next.contains("monument=temple-of-bel") && next.contains("status=VERIFIED") && next.contains("limit=1"), next);
        Response second = anonymous().accept(CSV).urlEncodingEnabled(false).get(next);
        second.then().statusCode(200).contentType(containsString("text/csv"));
        Map<String, String> row = Exports.rows(second.asString()).get(0);
        assertEquals("VERIFIED", row.get("status"));
        assertFalse(row.get("id").equals(Exports.rows(first.asString()).get(0).get("id")));
        anonymous().accept(CSV).get("/api/v1/reports?monument=temple-of-bel&limit=100").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.nullValue());
        anonymous().accept(CSV).get("/api/v1/reports?limit=1").then().header("Vary", equalToIgnoringCase("Accept, Authorization, Origin"));
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String id) {
        return rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow(() -> new AssertionError("no row " + id + " in " + rows));
    }
}
