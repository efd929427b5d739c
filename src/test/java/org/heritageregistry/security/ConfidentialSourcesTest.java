package org.heritageregistry.security;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * No public representation names a confidential source: a crawl of every public GET, as the
 * anonymous public, finds none of their names or descriptions, in bodies (errors included) or
 * headers. The same crawl as a reviewer or an admin does find them, so the search can fail.
 */
@QuarkusTest
@DatabaseIndependent("masking is decided in Java (SourceVisibility) on the same rows from either database")
class ConfidentialSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Shorter strings could occur by chance in public text. */
    private static final int MIN_NEEDLE = 6;

    @Test
    void theAnonymousPublicNeverSeesAConfidentialName() {
        // a confidential source of our own, used by a report with a decision, so each kind of page carries one
        String monument = Api.newMonument();
        String secret = Api.newSource(true);
        String open = Api.newSource(false);
        String report = Api.submit(Api.CURATOR2, Api.report(monument, secret, "DESTROYED", "2015-08-30"));
        Api.submit(CURATOR, Api.report(monument, open, "INTACT", "2015-08-30"));
        Api.decide(REVIEWER, report, Api.decision("DISPUTED", "Contradicted by another report")).statusCode(201);
        Map<String, Object> relayed = Api.report(monument, open, "DESTROYED", "2015-08-31");
        relayed.put("relayedById", secret);
        Api.submit(CURATOR, relayed);

        Map<String, String> needles = confidentialNeedles();
        assertTrue(needles.size() >= 8, "expected the seed's confidential sources (names and descriptions), found " + needles.keySet());

        Crawl anonymous = crawl(null, Api::anonymous, Api::anonymousBreakingContract, needles);
        System.out.println("ConfidentialSourcesTest: anonymous crawl of " + anonymous.requests + " requests, "
                + anonymous.bytes + " bytes, searched for " + needles.size() + " confidential strings");
        assertTrue(anonymous.requests > 100, "the crawl was too small to mean anything: " + anonymous.requests);
        assertTrue(anonymous.leaks.isEmpty(), "confidential source data reached the anonymous public:\n" + String.join("\n", anonymous.leaks));
        List<String> errors = new ArrayList<>(anonymous.errors);

        for (String user : List.of(REVIEWER, ADMIN)) {
            Crawl signedIn = crawl(user, () -> Api.as(user), () -> Api.asBreakingContract(user), needles);
            Set<String> unseen = new TreeSet<>(needles.values());
            unseen.removeAll(signedIn.found);
            assertTrue(unseen.isEmpty(), user + " should see every confidential source; never saw " + unseen);
            signedIn.errors.forEach(e -> errors.add(user + ": " + e));
        }
        // no leak; but the crawl must also have been answered within the contract
        assertTrue(errors.isEmpty(), "no confidential data leaked, but the crawl met " + errors.size() + " answers outside the contract:\n"
                + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
    }

    /** Names and descriptions of every confidential source, as a curator sees them, keyed by the text, valued by a label. */
    private static Map<String, String> confidentialNeedles() {
        Map<String, String> needles = new LinkedHashMap<>();
        Set<String> publicTexts = new LinkedHashSet<>();
        for (Map<String, Object> source : allPages(() -> Api.as(CURATOR), "/api/v1/sources")) {
            boolean confidential = Boolean.TRUE.equals(source.get("confidential"));
            for (String field : List.of("name", "description")) {
                Object value = source.get(field);
                if (!(value instanceof String text)) {
                    continue;
                }
                if (confidential) {
                    needles.put(text, "source " + source.get("id") + " " + field);
                } else {
                    publicTexts.add(text);
                }
            }
        }
        // a text that a public source also carries is not a secret; nor is one too short to search for
        needles.keySet().removeIf(t -> publicTexts.stream().anyMatch(p -> p.contains(t)) || t.strip().length() < MIN_NEEDLE);
        return needles;
    }

    static final class Crawl {
        String user;
        int requests;
        long bytes;
        final List<String> leaks = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final Set<String> found = new TreeSet<>();
    }

    private static Crawl crawl(String user, Supplier<RequestSpecification> caller, Supplier<RequestSpecification> breaking, Map<String, String> needles) {
        Crawl crawl = new Crawl();
        crawl.user = user;
        Map<String, String> forms = new LinkedHashMap<>(); // searched form -> label
        needles.forEach((text, label) -> {
            forms.put(text, label);
            forms.put(jsonEscaped(text), label);
            // Jackson's UTF-8 writer (the service's) escapes a character beyond the BMP as its two
            // surrogates (backslash-u D83C, backslash-u DFDB for an emoji) where the test's own writer does not
            forms.put(surrogatesEscaped(jsonEscaped(text)), label);
            forms.put(text.replace("\"", "\"\""), label); // as a quoted CSV cell
        });

        Set<String> sourceIds = new LinkedHashSet<>();
        for (Map<String, Object> source : pages(caller, "/api/v1/sources", crawl, forms)) {
            sourceIds.add((String) source.get("id"));
        }
        Set<String> confidentialIds = new LinkedHashSet<>();
        for (String id : sourceIds) {
            Response r = get(caller.get(), "/api/v1/sources/" + id, crawl, forms);
            if (Boolean.TRUE.equals(r.jsonPath().get("confidential"))) {
                confidentialIds.add(id);
            }
        }
        // error bodies: a confidential source's id spoilt, or used where it does not fit
        for (String id : confidentialIds) {
            get(breaking.get(), "/api/v1/sources/" + id + "x", crawl, forms);
            get(breaking.get(), "/api/v1/sources/" + id.toUpperCase(), crawl, forms);
            get(breaking.get(), "/api/v1/reports/" + id, crawl, forms);
            get(breaking.get(), "/api/v1/monuments/" + id, crawl, forms);
            pages(caller, "/api/v1/reports?source=" + id, crawl, forms);
            get(breaking.get(), "/api/v1/reports?source=" + id + "x", crawl, forms);
        }
        pages(caller, "/api/v1/sources?kind=ACTIVIST", crawl, forms);
        pages(caller, "/api/v1/sources?kind=EYEWITNESS", crawl, forms);

        Set<String> reportIds = new LinkedHashSet<>();
        for (Map<String, Object> report : pages(caller, "/api/v1/reports", crawl, forms)) {
            reportIds.add((String) report.get("id"));
        }
        List<String> toVisit = new ArrayList<>(reportIds);
        for (int i = 0; i < toVisit.size(); i++) {
            String id = toVisit.get(i);
            get(caller.get(), "/api/v1/reports/" + id, crawl, forms);
            for (Map<String, Object> revision : unpaged(caller, "/api/v1/reports/" + id + "/revisions", crawl, forms)) {
                if (reportIds.add((String) revision.get("id"))) {
                    toVisit.add((String) revision.get("id")); // a superseded revision the list may not show
                }
            }
            get(caller.get(), "/api/v1/reports/" + id + "/decisions", crawl, forms);
        }

        Set<String> monumentIds = new LinkedHashSet<>();
        for (Map<String, Object> monument : pages(caller, "/api/v1/monuments", crawl, forms)) {
            monumentIds.add((String) monument.get("id"));
        }
        for (String id : monumentIds) {
            get(caller.get(), "/api/v1/monuments/" + id, crawl, forms);
            pages(caller, "/api/v1/monuments/" + id + "/reports", crawl, forms);
            get(caller.get(), "/api/v1/monuments/" + id + "/history", crawl, forms);
            pages(caller, "/api/v1/monuments/" + id + "/conflicts", crawl, forms);
        }
        // the exports of the same resources (GeoJSON, CSV, CIDOC-CRM JSON-LD) mask as the JSON does
        for (String id : monumentIds) {
            get(caller.get().accept("application/geo+json"), "/api/v1/monuments/" + id, crawl, forms);
            get(caller.get().accept("application/ld+json"), "/api/v1/monuments/" + id, crawl, forms);
            get(caller.get().accept("application/ld+json"), "/api/v1/monuments/" + id + "/history", crawl, forms);
        }
        linkedPages(caller, "text/csv", "/api/v1/reports?limit=100", crawl, forms);
        linkedPages(caller, "text/csv", "/api/v1/monuments?limit=100", crawl, forms);
        linkedPages(caller, "application/geo+json", "/api/v1/monuments?limit=100", crawl, forms);
        pages(caller, "/api/v1/conflicts", crawl, forms);
        pages(caller, "/api/v1/conflicts?resolved=true", crawl, forms);
        pages(caller, "/api/v1/conflicts?state=OPEN", crawl, forms);
        for (Map<String, Object> site : pages(caller, "/api/v1/sites", crawl, forms)) {
            get(caller.get(), "/api/v1/sites/" + site.get("id"), crawl, forms);
        }
        return crawl;
    }

    private static String surrogatesEscaped(String json) {
        StringBuilder out = new StringBuilder(json.length());
        json.chars().forEach(c -> out.append(Character.isSurrogate((char) c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String jsonEscaped(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response get(RequestSpecification spec, String path, Crawl crawl, Map<String, String> forms) {
        return get(spec, path, Map.of(), crawl, forms);
    }

    private static Response get(RequestSpecification spec, String path, Map<String, Object> query, Crawl crawl, Map<String, String> forms) {
        Response response;
        try {
            response = spec.queryParams(query).get(path);
        } catch (AssertionError | RuntimeException e) {
            // the answer broke the contract: note it, and still search it for leaks
            crawl.errors.add("GET " + path + " broke the contract: " + abbreviate(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), 400));
            var unchecked = io.restassured.RestAssured.given().accept(ContentType.JSON).queryParams(query);
            if (crawl.user != null) {
                unchecked.auth().preemptive().basic(crawl.user, crawl.user + "-demo");
            }
            response = unchecked.get(path);
        }
        crawl.requests++;
        int status = response.statusCode();
        if (status >= 500) {
            crawl.errors.add("GET " + path + " answered " + status + ": " + response.asString());
        }
        // every answer of the registry is UTF-8; asString() would take a body without a charset
        // parameter as ISO-8859-1 and miss an Arabic or emoji name
        String body = new String(response.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        crawl.bytes += body.length();
        StringBuilder headers = new StringBuilder();
        for (Header h : response.headers()) {
            headers.append(h.getName()).append(": ").append(h.getValue()).append('\n');
        }
        forms.forEach((form, label) -> {
            if (body.contains(form) || headers.toString().contains(form)) {
                crawl.found.add(label);
                crawl.leaks.add("GET " + path + " (" + status + ") shows " + label + ": '" + abbreviate(form) + "'");
            }
        });
        return response;
    }

    private static List<Map<String, Object>> pages(Supplier<RequestSpecification> caller, String path, Crawl crawl, Map<String, String> forms) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("limit", 100);
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            String url = path + (path.contains("?") ? "&" : "?") + "limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            Response response = get(caller.get(), path, query, crawl, forms);
            if (response.statusCode() != 200) {
                crawl.errors.add("GET " + url + " answered " + response.statusCode() + ": " + abbreviate(response.asString()));
                return items;
            }
            items.addAll(response.jsonPath().getList("items"));
            cursor = response.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** The items of a list that is not paged (a claim's revisions): it takes no limit or cursor. */
    private static List<Map<String, Object>> unpaged(Supplier<RequestSpecification> caller, String path, Crawl crawl, Map<String, String> forms) {
        Response response = get(caller.get(), path, crawl, forms);
        if (response.statusCode() != 200) {
            crawl.errors.add("GET " + path + " answered " + response.statusCode() + ": " + abbreviate(response.asString()));
            return List.of();
        }
        return response.jsonPath().getList("items");
    }

    /** Every page of an export list, following its Link: <...>; rel="next" headers. */
    private static void linkedPages(Supplier<RequestSpecification> caller, String accept, String first, Crawl crawl, Map<String, String> forms) {
        String url = first;
        while (url != null) {
            Response response = get(caller.get().accept(accept).urlEncodingEnabled(false), url, crawl, forms);
            if (response.statusCode() != 200) {
                crawl.errors.add("GET " + url + " (" + accept + ") answered " + response.statusCode() + ": " + abbreviate(response.asString()));
                return;
            }
            String link = response.header("Link");
            java.util.regex.Matcher next = link == null ? null : java.util.regex.Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
            url = next != null && next.find() ? next.group(1) : null;
        }
    }

    private static List<Map<String, Object>> allPages(Supplier<RequestSpecification> caller, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var spec = caller.get().accept(ContentType.JSON).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    private static String abbreviate(String s) {
        return abbreviate(s, 80);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
