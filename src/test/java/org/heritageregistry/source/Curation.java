package org.heritageregistry.source;

import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.as;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.asBreakingContract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.support.Api;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What the source curation tests share: their own sources, edits, merges, and the feed read from a point. */
final class Curation {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private Curation() {
    }

    /** A source of this test's own, with a unique name (test-prefixed, so it sorts after the seed's). */
    static String source(String name, boolean confidential, String... aliases) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", confidential ? "ACTIVIST" : "NEWS_AGENCY");
        body.put("reliability", "C");
        body.put("confidential", confidential);
        body.put("url", "https://example.org/" + UUID.randomUUID());
        body.put("description", "A test source.");
        if (aliases.length > 0) {
            body.put("aliases", List.of(aliases));
        }
        return as(Api.CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    /** A name no other source bears: "Test " and letters that fold to a unique key. */
    static String uniqueName(String what) {
        return "Test " + what + " " + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static String etag(String id) {
        return as(Api.CURATOR).get("/api/v1/sources/" + id).then().statusCode(200).extract().header("ETag");
    }

    static String version(String etag) {
        return etag.replace("\"", "").replaceFirst("-public$", "");
    }

    static ValidatableResponse patch(String user, String id, String ifMatch, String body) {
        var spec = as(user).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/sources/" + id).then();
    }

    static ValidatableResponse patchBreakingContract(String user, String id, String ifMatch, String body) {
        var spec = (user == null ? anonymousBreakingContract() : asBreakingContract(user)).contentType(MERGE_PATCH).body(body.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.patch("/api/v1/sources/" + id).then();
    }

    static ValidatableResponse merge(String user, String duplicate, String ifMatch, String into) {
        var spec = as(user).contentType(ContentType.JSON).body(Map.of("into", into));
        if (ifMatch != null) {
            spec.header("If-Match", ifMatch);
        }
        return spec.post("/api/v1/sources/" + duplicate + "/merge").then();
    }

    static String feedEnd() {
        String cursor = null;
        boolean more;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            var json = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = json.getString("nextCursor") == null ? cursor : json.getString("nextCursor");
            more = json.getBoolean("hasMore");
        } while (more);
        return cursor;
    }

    static List<Map<String, Object>> changesAfter(String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        boolean more;
        do {
            var spec = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("after", cursor);
            }
            var json = spec.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            all.addAll(json.getList("items"));
            cursor = json.getString("nextCursor") == null ? cursor : json.getString("nextCursor");
            more = json.getBoolean("hasMore");
        } while (more);
        return all;
    }
}
