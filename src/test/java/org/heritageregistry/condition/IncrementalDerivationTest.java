package org.heritageregistry.condition;

import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.heritageregistry.conflict.ConflictMember;
import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The incremental derivation gives what the full one gives: random sequences of submissions,
 * corrections, decisions and settlements on a fresh monument, through the API, and after each
 * write the stored condition (current report, latest claim, contested) and the open and settled
 * conflicts (kind, state, reports) are compared with what the full derivation makes of every report
 * ({@link FullDerivationCheck}). The dates are few and close
 * (overlapping, within 60 days, within a year, open-ended, decades long), so that the sequences
 * make, join, split and resolve conflicts of every kind.
 */
@QuarkusTest
@DatabaseTest
class IncrementalDerivationTest {

    private static final String[] DATES = { "2015-08-23", "2015-08", "2015-08~", "2015-07-23/2015-08-23", "../2015-09-02", "2015-10-04", "2015-05",
            "2016-03-27", "2015", "2014-06", "2017-01-20", "2015-22", "2010/2016", "2015-06-01/..", "2016-09" };
    private static final String[] CONDITIONS = { "DESTROYED", "DESTROYED", "SEVERELY_DAMAGED", "MODERATELY_DAMAGED", "INTACT", "UNKNOWN" };
    private static final String[] CAUSES = { "EXPLOSIVES", "HEAVY_WEAPONRY", "UNKNOWN" };
    private static final String[] EXTENTS = { "11-30%", "61-90%", "91-100%" };
    private static final int STEPS = 45;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
    void theIncrementalDerivationGivesWhatTheFullOneGives(long seed) {
        Random random = new Random(seed);
        String monument = Api.newMonument();
        List<String> sources = List.of(Api.newSource(false), Api.newSource(false), Api.newSource(false));
        List<String> current = new ArrayList<>();
        Map<String, Map<String, Object>> bodies = new HashMap<>();
        for (int step = 0; step < STEPS; step++) {
            int op = current.size() < 3 ? 0 : random.nextInt(10);
            String what;
            if (op < 4) {
                Map<String, Object> body = randomClaim(random, monument, sources);
                String id = Api.submit(CURATOR, body);
                current.add(id);
                bodies.put(id, body);
                what = "submitted " + body;
            } else if (op < 6) {
                String old = current.get(random.nextInt(current.size()));
                Map<String, Object> body = new HashMap<>(bodies.get(old));
                if (random.nextInt(4) == 0) {
                    body.put("summary", "Corrected wording " + step); // editorial: the status carries over
                } else if (random.nextBoolean()) {
                    body.put("eventDate", DATES[random.nextInt(DATES.length)]);
                } else if (body.containsKey("condition")) {
                    body.put("condition", CONDITIONS[random.nextInt(CONDITIONS.length)]);
                } else {
                    body.put("eventDate", DATES[random.nextInt(DATES.length)]);
                }
                String id = Api.amend(CURATOR, old, body).statusCode(201).extract().path("id");
                current.set(current.indexOf(old), id);
                bodies.remove(old);
                bodies.put(id, body);
                what = "corrected " + old + " to " + body;
            } else if (op < 9) {
                String report = current.get(random.nextInt(current.size()));
                what = decide(random, report, current);
            } else {
                what = settleOne(random, monument);
            }
            FullDerivationCheck.assertDerivedAsFully(monument, "seed " + seed + ", step " + step + ": " + what);
        }
    }

    private static Map<String, Object> randomClaim(Random random, String monument, List<String> sources) {
        String source = sources.get(random.nextInt(sources.size()));
        String date = DATES[random.nextInt(DATES.length)];
        int kind = random.nextInt(8);
        if (kind == 6) {
            Map<String, Object> body = Api.incident(monument, "MISUSE", source, date);
            body.put("count", Api.count(random.nextBoolean() ? 25 : 20, random.nextBoolean() ? "EXACTLY" : "MORE_THAN", "soldiers killed"));
            body.put("affected", random.nextBoolean() ? "Syrian soldiers" : "captives");
            return body;
        }
        if (kind == 7) {
            Map<String, Object> body = Api.incident(monument, "CONTROL", source, date);
            body.put("control", Api.control(random.nextBoolean() ? "ISIS" : "Syrian army", random.nextBoolean() ? "FULL" : "PARTIAL"));
            return body;
        }
        Map<String, Object> body = Api.report(monument, source, CONDITIONS[random.nextInt(CONDITIONS.length)], date);
        body.put("causes", new ArrayList<>(List.of(CAUSES[random.nextInt(CAUSES.length)])));
        if (random.nextInt(3) == 0) {
            body.put("extent", EXTENTS[random.nextInt(EXTENTS.length)]);
        }
        if (random.nextInt(3) == 0) {
            body.put("evidence", new ArrayList<>(List.of(Api.satelliteEvidence())));
        }
        return body;
    }

    private static String decide(Random random, String report, List<String> current) {
        int pick = random.nextInt(6);
        Map<String, Object> decision;
        if (pick <= 1) {
            decision = Api.decision("VERIFIED", "imagery");
            decision.put("evidence", List.of(Api.satelliteEvidence()));
        } else if (pick == 2) {
            // corroboration needs an agreeing report from another source: tried, and refused when there is none
            decision = Api.decision("CORROBORATED", null);
            decision.put("corroboratingReportId", current.get(random.nextInt(current.size())));
            int status = as(REVIEWER).contentType(ContentType.JSON).header("If-Match", Api.etag(report)).body(decision)
                    .post("/api/v1/reports/" + report + "/decisions").then().extract().statusCode();
            return "corroboration of " + report + ": " + status;
        } else {
            decision = Api.decision(List.of("DISPUTED", "REJECTED", "UNVERIFIED").get(pick - 3), "reviewed");
        }
        as(REVIEWER).contentType(ContentType.JSON).header("If-Match", Api.etag(report)).body(decision).post("/api/v1/reports/" + report + "/decisions")
                .then().statusCode(201);
        return "decided " + decision.get("status") + " on " + report;
    }

    private static String settleOne(Random random, String monument) {
        List<String> open = anonymous().queryParam("monument", monument).queryParam("state", "OPEN").queryParam("limit", 100).get("/api/v1/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        if (open.isEmpty()) {
            return "nothing to settle";
        }
        String conflict = open.get(random.nextInt(open.size()));
        String etag = anonymous().get("/api/v1/conflicts/" + conflict).then().statusCode(200).extract().header("ETag");
        as(REVIEWER).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("rationale", "both stand"))
                .post("/api/v1/conflicts/" + conflict + "/settlement").then().statusCode(201);
        return "settled " + conflict;
    }
}
