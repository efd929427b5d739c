package org.heritageregistry.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;

import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** GET /reports?q=: words of a report's summary and wording, with the other filters and keyset paging. */
@QuarkusTest
@DatabaseTest
class ReportSearchTest {

    /** A word no other test's report holds: letters only, so both databases take it as one word. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        UUID.randomUUID().toString().replace("-", "").substring(0, 10).chars().forEach(c -> word.append((char) (Character.isDigit(c) ? 'g' + c - '0' : c)));
        return word.toString();
    }

    private static String report(String monument, String source, String summary, String conditionWording, String eventDate) {
        Map<String, Object> body = Api.report(monument, source, "SEVERELY_DAMAGED", eventDate);
        body.put("summary", summary);
        body.put("conditionWording", conditionWording);
        return Api.submit(CURATOR, body);
    }

    @Test
    void everyWordIsFoundInTheSummaryOrTheWordingInAnyCase() {
        String monument = Api.newMonument();
        String source = Api.newSource(false);
        String w = word();
        String other = word();
        String inSummary = report(monument, source, "The temple was blown up " + w + " by the militants.", "partly destroyed", "2015-08-23");
        String inWording = report(monument, source, "A test claim.", "Total destruction " + w.toUpperCase(), "2015-08-24");
        String both = report(monument, source, "Blown up " + w + " " + other + ".", "destroyed", "2015-08-25");
        anonymous().queryParam("q", w).get("/api/v1/reports").then().statusCode(200).body("items.id", containsInAnyOrder(inSummary, inWording, both));
        anonymous().queryParam("q", w + " " + other).get("/api/v1/reports").then().statusCode(200).body("items.id", contains(both));
        anonymous().queryParam("q", word()).get("/api/v1/reports").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theSearchCombinesWithTheOtherFiltersAndPagesByCursor() {
        String monument = Api.newMonument();
        String elsewhere = Api.newMonument();
        String source = Api.newSource(false);
        String w = word();
        String a = report(monument, source, "First " + w, "damaged", "2015-08-23");
        String b = report(monument, source, "Second " + w, "damaged", "2015-08-24");
        String c = report(monument, source, "Third " + w, "damaged", "2015-08-25");
        report(elsewhere, source, "Elsewhere " + w, "damaged", "2015-08-25");
        anonymous().queryParam("q", w).queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(c, b, a));
        String next = anonymous().queryParam("q", w).queryParam("monument", monument).queryParam("limit", 2).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(c, b)).extract().path("nextCursor");
        anonymous().queryParam("q", w).queryParam("monument", monument).queryParam("limit", 2).queryParam("cursor", next).get("/api/v1/reports").then()
                .statusCode(200).body("items.id", contains(a));
        anonymous().queryParam("q", w).queryParam("eventFrom", "2015-08-25").queryParam("monument", monument).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", contains(c));
    }

    @Test
    void anOverlongQueryIsA400NamingQ() {
        anonymousBreakingContract().queryParam("q", "x".repeat(201)).get("/api/v1/reports").then().statusCode(400).body("errors.field", hasItem("q"));
    }
}
