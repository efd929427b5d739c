package org.heritageregistry.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test fixtures that go through the HTTP API as the demo accounts do. Each writing test makes
 * its own monument and source, so no test depends on another's data.
 */
public final class Api {

    public static final String CURATOR = "curator";
    public static final String CURATOR2 = "curator2";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEWER2 = "reviewer2";
    public static final String ADMIN = "admin";
    public static final String DISABLED = "disabled";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().filter(Contract.STRICT).accept(ContentType.JSON);
    }

    /** Signs in as a demo account; the demo password is the username with "-demo". */
    public static RequestSpecification as(String user) {
        return anonymous().auth().preemptive().basic(user, user + "-demo");
    }

    /**
     * For requests that break the contract on purpose (bad input tests): the request is not
     * checked, but the response still must be one the contract describes.
     */
    public static RequestSpecification anonymousBreakingContract() {
        return given().filter(Contract.RESPONSES_ONLY).accept(ContentType.JSON);
    }

    public static RequestSpecification asBreakingContract(String user) {
        return anonymousBreakingContract().auth().preemptive().basic(user, user + "-demo");
    }

    public static String newMonument() {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("siteId", "palmyra");
        body.put("name", "Test monument " + id);
        body.put("category", "TEMPLE");
        body.put("location", Map.of("latitude", 34.55, "longitude", 38.27));
        as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/monuments").then().statusCode(201);
        return id;
    }

    public static String newSource(boolean confidential) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Test source " + UUID.randomUUID());
        body.put("kind", confidential ? "ACTIVIST" : "NEWS_AGENCY");
        body.put("reliability", "C");
        body.put("confidential", confidential);
        return as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    /** A valid report body; tests change one field at a time. */
    public static Map<String, Object> report(String monumentId, String sourceId, String condition, String eventDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("monumentId", monumentId);
        body.put("condition", condition);
        body.put("conditionWording", "much damage");
        body.put("causes", new ArrayList<>(List.of("EXPLOSIVES")));
        body.put("eventDate", eventDate);
        body.put("publishedOn", "2015-08-31~");
        body.put("certainty", "MEDIUM");
        body.put("certaintyWording", "activists say");
        body.put("sourceId", sourceId);
        body.put("summary", "A test claim.");
        Map<String, Object> evidence = new HashMap<>();
        evidence.put("kind", "ARTICLE");
        evidence.put("description", "A news item");
        evidence.put("locator", "seeds/palmyra-news-2015-2016.txt#L79");
        body.put("evidence", new ArrayList<>(List.of(evidence)));
        return body;
    }

    /**
     * A valid report of another kind than CONDITION: no condition, the facts given (a count, a
     * control) as the caller adds them. {@code subject} is a monument id, or "site:" and a site id.
     */
    public static Map<String, Object> incident(String subject, String kind, String sourceId, String eventDate) {
        Map<String, Object> body = report(null, sourceId, null, eventDate);
        body.remove("monumentId");
        body.remove("condition");
        if (subject.startsWith("site:")) {
            body.put("siteId", subject.substring("site:".length()));
        } else {
            body.put("monumentId", subject);
        }
        body.put("incidentKind", kind);
        body.put("causes", new ArrayList<>(List.of(kind.equals("CONTROL") ? "MILITARY_USE" : "MISUSE")));
        return body;
    }

    public static Map<String, Object> count(int value, String qualifier, String of) {
        return Map.of("value", value, "qualifier", qualifier, "of", of);
    }

    public static Map<String, Object> control(String by, String extent) {
        return Map.of("by", by, "extent", extent);
    }

    public static String submit(String curator, Map<String, Object> body) {
        return as(curator).contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> decision(String status, String rationale) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (rationale != null) {
            body.put("rationale", rationale);
        }
        return body;
    }

    public static Map<String, Object> satelliteEvidence() {
        Map<String, Object> evidence = new HashMap<>();
        evidence.put("kind", "SATELLITE_IMAGE");
        evidence.put("description", "UNITAR/UNOSAT analysis of imagery of 31 Aug 2015");
        evidence.put("credit", "UNITAR/UNOSAT");
        evidence.put("acquiredOn", "2015-08-31");
        return evidence;
    }

    public static io.restassured.response.ValidatableResponse decide(String reviewer, String reportId, Map<String, Object> body) {
        return as(reviewer).contentType(ContentType.JSON).body(body).post("/api/v1/reports/" + reportId + "/decisions").then();
    }

    /** The report's current ETag, as a client reads it before a write. */
    public static String etag(String reportId) {
        return anonymous().get("/api/v1/reports/" + reportId).then().statusCode(200).extract().header("ETag");
    }

    /** Corrects a report with the ETag just read, as a careful client does. */
    public static io.restassured.response.ValidatableResponse amend(String user, String reportId, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).header("If-Match", etag(reportId)).body(body).post("/api/v1/reports/" + reportId + "/revisions").then();
    }

    /** Every item of a keyset-paged list, followed to its last page: a check must not depend on what other tests added first. */
    public static List<Map<String, Object>> allItems(String user, String path) {
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var spec = (user == null ? anonymous() : as(user)).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    public static int reportCount() {
        int count = 0;
        String cursor = null;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/v1/reports").then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }
}
