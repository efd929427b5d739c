package org.heritageregistry.seed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.heritageregistry.support.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    /**
     * Every seeded monument has a point, each with how sure it is (issue 21). Six have no point in
     * reference/monuments.md and are placed from where it says they stand: LOW or NEGLIGIBLE, and
     * their basis says so; the GeoJSON export gives every one a geometry.
     */
    @Test
    void everySeededMonumentHasAPointAndSaysHowSureItIs() {
        List<String> placed = List.of("tetrapylon", "tower-of-iamblichus", "tower-of-kithot", "palmyra-museum", "tomb-of-mohammed-bin-ali",
                "shrine-of-nizar-abu-bahaeddine");
        List<String> seeded = JsonPath.from(PalmyraSeedTest.class.getResourceAsStream("/seed/palmyra.json")).getList("monuments.id");
        assertEquals(16, seeded.size(), "the seed's monuments");
        JsonPath collection = anonymous().accept("application/geo+json").queryParam("site", "palmyra").queryParam("limit", 100).get("/api/v1/monuments")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> features = collection.getList("features");
        List<String> located = features.stream().filter(f -> seeded.contains(f.get("id")) && f.get("geometry") != null).map(f -> (String) f.get("id")).toList();
        assertEquals(seeded.stream().sorted().toList(), located.stream().sorted().toList(), "every seeded monument is a feature with a geometry");
        for (String id : placed) {
            JsonPath monument = anonymous().get("/api/v1/monuments/" + id).then().statusCode(200).extract().jsonPath();
            assertNotNull(monument.get("location.latitude"), id);
            assertTrue(List.of("LOW", "NEGLIGIBLE").contains(monument.getString("locationCertainty")), id + ": " + monument.getString("locationCertainty"));
            assertTrue(monument.getString("locationBasis").startsWith("Placed, not surveyed"), id);
        }
        anonymous().get("/api/v1/monuments/temple-of-bel").then().body("locationCertainty", equalTo("HIGH"))
                .body("locationBasis", containsString("reference/monuments.md section 1"));
    }

    /** One of the seed's disagreements as docs/seed-data.md lists it: its subject, kind, state and reports. */
    record SeedConflict(String monumentId, String kind, String state, List<String> reportIds) {
    }

    /**
     * Every conflict that holds a seeded report, exactly: the list of docs/seed-data.md ("Seed
     * conflicts the data encodes"), numbered as reference/seed-timeline.md section 4. No test adds
     * a report that joins these, so nothing else may appear and nothing may be missing.
     */
    @SuppressWarnings("unchecked")
    @Test
    void theSeedsConflictsAreExactlyTheListInSeedData() {
        java.util.Set<String> seeded = new java.util.HashSet<>();
        reports(null).stream().filter(r -> "palmyra-seed".equals(r.get("submittedBy"))).forEach(r -> seeded.add((String) r.get("id")));
        List<SeedConflict> listed = new ArrayList<>();
        String cursor = null;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/v1/conflicts").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> c : page.<Map<String, Object>>getList("items")) {
                List<String> members = ((List<Map<String, Object>>) c.get("reports")).stream().map(r -> (String) r.get("reportId")).sorted().toList();
                if (members.stream().anyMatch(seeded::contains)) {
                    listed.add(new SeedConflict((String) c.get("monumentId"), (String) c.get("kind"), (String) c.get("state"), members));
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        List<SeedConflict> expected = List.of(
            // 5. recapture: full control (L2) against gunfire in the east (L7)
            new SeedConflict(null, "CONTROL", "OPEN", List.of("3a8f1c6e-5d24-4b97-9c03-7e6b2a1d4f58", "6f2d9b4a-8e13-4c75-a1b6-0d7e3f5c2a89")),
            // 7. Baalshamin destroyed at the capture (L9, rejected) against August 2015
            new SeedConflict("temple-of-baalshamin", "DATE", "RESOLVED", List.of("0d3bd543-549e-471f-a900-3f6b4315595e", "e78d72cb-3087-41d6-99a4-2653e810b111")),
            // 7. Bel destroyed at the capture (L9, rejected) against 27-30 August 2015
            new SeedConflict("temple-of-bel", "DATE", "RESOLVED", List.of("014753d4-bc8e-4b36-bc14-dfb8f5d47aca", "030d7e6a-647d-45e3-8d12-0cb1640b10da", "500c9df9-6c9e-4134-a9ce-2238c351c7a5", "b18bf1d1-fb43-45fe-a02e-ca4bdad55315")),
            // 1. Baalshamin: 23 August (DGAM) against 'one month ago' (SOHR, residents)
            new SeedConflict("temple-of-baalshamin", "DATE", "OPEN", List.of("7d21f508-db23-412b-98f9-3d2fa5429a2a", "90db9798-094e-411e-8244-f6baeacc9c20", "adc07b9f-1c1c-48b2-a02c-5a4beadee0e2")),
            // 3. Bel: 'part' against 'total destruction'
            new SeedConflict("temple-of-bel", "CONDITION", "RESOLVED", List.of("014753d4-bc8e-4b36-bc14-dfb8f5d47aca", "030d7e6a-647d-45e3-8d12-0cb1640b10da", "15a33b0f-8f59-4388-9d4b-8f4e94ac1372", "460268bc-3b08-4d31-a534-42f3b4dc147c", "500c9df9-6c9e-4134-a9ce-2238c351c7a5")),
            // 2. Baalshamin: 'destroyed' against 'much damage', settled by the seed's reviewer
            new SeedConflict("temple-of-baalshamin", "CONDITION", "SETTLED", List.of("0047e8ec-04e2-4a4e-bbac-69e868c423c4", "0d3bd543-549e-471f-a900-3f6b4315595e", "7d21f508-db23-412b-98f9-3d2fa5429a2a", "8081cc3d-5c0f-4ff6-8d2b-8b4e95d30549", "90db9798-094e-411e-8244-f6baeacc9c20", "adc07b9f-1c1c-48b2-a02c-5a4beadee0e2", "afc546dd-a8a0-4a6a-acd9-dc09d9c2ef43")),
            // also: the theatre facade 2017, DGAM against state TV
            new SeedConflict("roman-theatre", "CONDITION", "RESOLVED", List.of("2060274b-a595-4dd9-830b-6f037d8cd756", "a79a7e2f-2428-4448-a97e-9ea5f1b40c95")),
            // 4. theatre executions: '25' (L70) against 'more than 20' (L98)
            new SeedConflict("roman-theatre", "COUNT", "OPEN", List.of("51903ffe-fd58-467c-9ea3-e6efb549b456", "cb767e8c-81e4-4462-a137-0ecc5deeba57")),
            // 7. the Arch destroyed at the capture (L9, rejected) against 4 October 2015
            new SeedConflict("monumental-arch", "DATE", "RESOLVED", List.of("00cbe6bb-cc09-4ce5-9c15-2b9336e0f649", "60d202c3-6033-42c3-9325-be72ae0bc670")),
            // also: Tadmur in May 2015, a third (L126-L131) against seized (L3), settled as a progression
            new SeedConflict(null, "CONTROL", "SETTLED", List.of("c1a4e8d2-7b36-4f09-8e21-3d5a9b6c0f47", "e7b2c9f4-1d58-4a63-b0e7-8f2a4c6d1e95")));
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(listed));
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), listed.size(), "a disagreement listed twice: " + listed);
    }
}
