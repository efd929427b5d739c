package org.heritageregistry.seed;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.heritageregistry.support.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The Palmyra data set as the API serves it: every claim traceable, the known disagreements kept. */
@QuarkusTest
@DatabaseTest
class PalmyraSeedTest {

    static List<Map<String, Object>> reports(String monument) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (monument != null) {
                spec.queryParam("monument", monument);
            }
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/v1/reports").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    @SuppressWarnings("unchecked")
    @Test
    void everySeededReportTracesToASeedLineOrAPublicReference() {
        List<Map<String, Object>> seeded = reports(null).stream().filter(r -> "palmyra-seed".equals(r.get("submittedBy"))).toList();
        assertTrue(seeded.size() >= 20, "seeded reports: " + seeded.size());
        for (Map<String, Object> report : seeded) {
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) report.get("evidence");
            boolean traced = evidence.stream().map(e -> String.valueOf(e.get("locator")))
                    .anyMatch(l -> l.matches("seeds/palmyra-news-2015-2016\\.txt#L\\d+(-L\\d+)?") || l.startsWith("reference/monuments.md"));
            assertTrue(traced, "report " + report.get("id") + " has no seed locator: " + evidence);
        }
        long fromSeedText = seeded.stream().filter(r -> String.valueOf(r.get("evidence")).contains("palmyra-news-2015-2016.txt#L")).count();
        assertTrue(fromSeedText >= 20, "reports tracing to the seed text: " + fromSeedText);
    }

    @SuppressWarnings("unchecked")
    @Test
    void bothClaimsAboutWhenBaalshaminWasDestroyedAreKept() {
        List<Map<String, Object>> reports = reports("temple-of-baalshamin");
        List<String> dates = reports.stream().map(r -> ((Map<String, String>) r.get("eventDate")).get("edtf")).toList();
        assertTrue(dates.contains("2015-08-23"), dates.toString());
        boolean monthEarlier = reports.stream().map(r -> (Map<String, String>) r.get("eventDate"))
                .anyMatch(d -> d.get("latest") != null && d.get("latest").compareTo("2015-08-10") < 0);
        assertTrue(monthEarlier, "no report dates it about a month before 23 August: " + dates);
    }

    @Test
    void bothAccountsOfHowMuchOfTheTempleOfBelWasDestroyedAreKept() {
        List<Object> conditions = reports("temple-of-bel").stream().map(r -> r.get("condition")).toList();
        assertTrue(conditions.contains("DESTROYED"), conditions.toString());
        assertTrue(conditions.contains("SEVERELY_DAMAGED") || conditions.contains("MODERATELY_DAMAGED"), conditions.toString());
    }

    @Test
    void everyReviewStatusIsInUse() {
        for (String status : List.of("UNVERIFIED", "CORROBORATED", "VERIFIED", "DISPUTED", "REJECTED")) {
            anonymous().queryParam("status", status).queryParam("site", "palmyra").get("/api/v1/reports").then().statusCode(200)
                    .body("items", hasSize(greaterThan(0)));
        }
    }

    @Test
    void theTempleOfBelsDestructionIsEstablishedBySatelliteImagery() {
        anonymous().get("/api/v1/monuments/temple-of-bel/history").then().statusCode(200)
                .body("steps.condition", hasItem("DESTROYED"))
                .body("steps.reports.flatten().status", hasItem("VERIFIED"));
    }

    @Test
    void hatraAndNimrudAreSitesSoTheModelIsNotPalmyraOnly() {
        anonymous().get("/api/v1/sites").then().body("items.country", hasItems("SY", "IQ"));
    }
}
