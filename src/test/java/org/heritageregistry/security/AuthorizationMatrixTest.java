package org.heritageregistry.security;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.DISABLED;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every operation of the committed contract, called by every kind of caller: the anonymous
 * public, each demo role and the disabled account. The expectation table below says who may call
 * what; an operation the contract gains without an entry here fails the test, so access to a new
 * operation is always a deliberate decision.
 */
@QuarkusTest
@DatabaseIndependent("who may call what, decided before the services run")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Who calls: null user is the anonymous public. */
    enum Caller {
        ANONYMOUS(null), CURATOR_(CURATOR), CURATOR2_(CURATOR2), REVIEWER_(REVIEWER), REVIEWER2_(REVIEWER2), ADMIN_(ADMIN), DISABLED_(DISABLED);

        final String user;

        Caller(String user) {
            this.user = user;
        }

        @Override
        public String toString() {
            return user == null ? "anonymous" : user;
        }
    }

    /** Marker for operations anyone may call, signed in or not (public reads). */
    private static final Set<String> EVERYONE = Set.of("*");
    private static final Set<String> CURATORS = Set.of(CURATOR, CURATOR2, REVIEWER2);
    private static final Set<String> REVIEWERS = Set.of(REVIEWER, REVIEWER2);
    private static final Set<String> ADMINS = Set.of(ADMIN);
    private static final Set<String> SIGNED_IN = Set.of(CURATOR, CURATOR2, REVIEWER, REVIEWER2, ADMIN);

    /** The expectation table: operationId to the demo accounts allowed to call it. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();
    static {
        // Sites
        ALLOWED.put("listSites", EVERYONE);
        ALLOWED.put("getSite", EVERYONE);
        // curating a site's record (issue 21): curators (reviewer2 is one too) and admins; retiring it: admins
        ALLOWED.put("createSite", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("updateSite", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("retireSite", ADMINS);
        ALLOWED.put("listSiteRevisions", EVERYONE);
        // Monuments
        ALLOWED.put("listMonuments", EVERYONE);
        ALLOWED.put("createMonument", ADMINS);
        ALLOWED.put("getMonument", EVERYONE);
        ALLOWED.put("listMonumentReports", EVERYONE);
        ALLOWED.put("getMonumentHistory", EVERYONE);
        ALLOWED.put("listMonumentConflicts", EVERYONE);
        ALLOWED.put("retireMonument", ADMINS);
        // curating a monument's record: curators (reviewer2 is one too) and admins
        ALLOWED.put("updateMonument", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("listMonumentRevisions", EVERYONE);
        // Reports
        ALLOWED.put("listReports", EVERYONE);
        ALLOWED.put("submitReport", CURATORS);
        ALLOWED.put("getReport", EVERYONE);
        ALLOWED.put("listReportRevisions", EVERYONE);
        // the report a write gets is curator2's: its owner and the reviewers may correct it, another curator may not
        ALLOWED.put("amendReport", Set.of(CURATOR2, REVIEWER, REVIEWER2));
        ALLOWED.put("reassignReport", ADMINS);
        // Review
        ALLOWED.put("listDecisions", EVERYONE);
        ALLOWED.put("decideOnReport", REVIEWERS);
        ALLOWED.put("listConflicts", EVERYONE);
        ALLOWED.put("getConflict", EVERYONE);
        ALLOWED.put("settleConflict", REVIEWERS);
        // Sources
        ALLOWED.put("listSources", EVERYONE);
        ALLOWED.put("getSource", EVERYONE);
        ALLOWED.put("registerSource", CURATORS);
        // curating a source's record, and merging duplicates: curators (reviewer2 is one too) and admins, as for monuments
        ALLOWED.put("updateSource", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("mergeSource", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("listSourceRevisions", EVERYONE);
        // Audit
        ALLOWED.put("listAuditEvents", ADMINS);
        // Backup
        ALLOWED.put("exportRegistry", ADMINS);
        ALLOWED.put("importRegistry", ADMINS);
        // Imports: curators and admins; a curator follows their own jobs, an admin every job
        ALLOWED.put("startImport", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("listImports", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        ALLOWED.put("getImport", Set.of(CURATOR, CURATOR2, REVIEWER2, ADMIN));
        // Changes
        ALLOWED.put("listChanges", EVERYONE);
        // Webhooks
        ALLOWED.put("createWebhook", ADMINS);
        ALLOWED.put("listWebhooks", ADMINS);
        ALLOWED.put("getWebhook", ADMINS);
        ALLOWED.put("deleteWebhook", ADMINS);
        ALLOWED.put("listWebhookDeliveries", ADMINS);
        // Accounts: admins manage them; every signed-in account reads itself, its password and its tokens
        ALLOWED.put("listAccounts", ADMINS);
        ALLOWED.put("createAccount", ADMINS);
        ALLOWED.put("getAccount", ADMINS);
        ALLOWED.put("updateAccount", ADMINS);
        ALLOWED.put("getMyAccount", SIGNED_IN);
        ALLOWED.put("changeMyPassword", SIGNED_IN);
        ALLOWED.put("createMyToken", SIGNED_IN);
        ALLOWED.put("listMyTokens", SIGNED_IN);
        ALLOWED.put("getMyToken", SIGNED_IN);
        ALLOWED.put("revokeMyToken", SIGNED_IN);
    }

    /** What an allowed caller gets where it is not 200/201: the test registry is never empty, so an import is refused. */
    private static final Map<String, Integer> ALLOWED_STATUS = Map.of("importRegistry", 409, "retireMonument", 200, "retireSite", 200, "mergeSource", 200,
            "revokeMyToken", 204, "startImport", 202,
            // sent with a wrong current password, so the demo accounts keep theirs: the allowed callers get past authorization to the rule
            "changeMyPassword", 422);

    /** A merge patch every allowed caller may send again: the second time it changes nothing, and still answers 200. */
    private static final String MONUMENT_PATCH = "{\"period\":\"Roman (authorization matrix)\"}";
    private static final String SITE_PATCH = "{\"description\":\"Edited by the authorization matrix\"}";
    private static final String SOURCE_PATCH = "{\"description\":\"Edited by the authorization matrix\"}";

    private static final String IMPORT = "{\"type\":\"source\",\"data\":{\"name\":\"Associated Press (AP)\",\"kind\":\"NEWS_AGENCY\",\"reliability\":\"B\"}}\n";

    private static final String EMPTY_EXPORT = "{\"format\":\"heritage-registry-export\",\"formatVersion\":1,\"schemaVersion\":\"4\"}\n{\"end\":{\"counts\":{}}}\n";

    record Operation(String id, String method, String path, boolean publicInContract, boolean hasBody) {
    }

    private List<Operation> operations;
    private String monument;
    private String source;
    private String site;

    @BeforeAll
    void readContract() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                if (!Set.of("get", "post", "put", "patch", "delete", "head", "options").contains(method.getKey())) {
                    continue;
                }
                JsonNode op = method.getValue();
                boolean isPublic = false;
                for (JsonNode requirement : op.path("security")) {
                    if (requirement.isEmpty()) {
                        isPublic = true;
                    }
                }
                if (!op.has("security")) {
                    isPublic = !contract.has("security");
                }
                for (JsonNode parameter : op.path("parameters")) {
                    if (parameter.path("required").asBoolean(false) && !"path".equals(parameter.path("in").asText())) {
                        fail(op.path("operationId").asText() + " has a required " + parameter.path("in").asText() + " parameter '"
                                + parameter.path("name").asText() + "' this test does not know how to fill");
                    }
                }
                operations.add(new Operation(op.path("operationId").asText(), method.getKey().toUpperCase(), path.getKey(), isPublic, op.has("requestBody")));
            }
        }
        assertTrue(operations.size() >= 20, "the contract lists only " + operations.size() + " operations");
    }

    @Test
    void everyContractOperationHasAnExpectation() {
        Set<String> missing = new TreeSet<>();
        Set<String> wrongPublicity = new TreeSet<>();
        for (Operation op : operations) {
            Set<String> allowed = ALLOWED.get(op.id());
            if (allowed == null) {
                missing.add(op.id() + " (" + op.method() + " " + op.path() + ")");
            } else if ((allowed == EVERYONE) != op.publicInContract()) {
                wrongPublicity.add(op.id() + ": table says " + (allowed == EVERYONE ? "public" : "protected") + ", contract security says "
                        + (op.publicInContract() ? "public" : "protected"));
            }
        }
        assertTrue(missing.isEmpty(), "operations in openapi/openapi.yaml without an entry in AuthorizationMatrixTest.ALLOWED: " + missing);
        assertTrue(wrongPublicity.isEmpty(), "the table and the contract's security disagree: " + wrongPublicity);
        Set<String> stale = new TreeSet<>(ALLOWED.keySet());
        operations.forEach(op -> stale.remove(op.id()));
        assertTrue(stale.isEmpty(), "operations in the table that the contract no longer has: " + stale);
    }

    @Test
    void everyOperationWithEveryCaller() {
        monument = Api.newMonument();
        source = Api.newSource(false);
        site = newSite();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation op : operations) {
            Set<String> allowed = ALLOWED.get(op.id());
            if (allowed == null) {
                continue; // reported by everyContractOperationHasAnExpectation
            }
            for (Caller caller : Caller.values()) {
                int expected = expectedStatus(op, allowed, caller);
                calls++;
                try {
                    Response response = call(op, caller, expected);
                    int status = response.statusCode();
                    if (status != expected) {
                        failures.add(op.id() + " as " + caller + ": expected " + expected + " but got " + status + " " + abbreviate(response.asString()));
                    } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add(op.id() + " as " + caller + ": " + status + " with content type " + response.contentType());
                    }
                } catch (AssertionError | RuntimeException e) {
                    failures.add(op.id() + " as " + caller + " (expected " + expected + "): " + abbreviate(String.valueOf(e.getMessage())));
                }
            }
        }
        System.out.println("AuthorizationMatrixTest: " + operations.size() + " operations x " + Caller.values().length + " callers = " + calls + " calls, "
                + failures.size() + " failures");
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers:\n" + String.join("\n", failures));
    }

    @Test
    void deniedWritesChangeNothing() {
        String mine = Api.newMonument();
        String src = Api.newSource(false);
        String report = Api.submit(CURATOR2, Api.report(mine, src, "DESTROYED", "2015-08-30"));
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.REVIEWER_, Caller.ADMIN_)) {
            spec(caller, false).contentType(ContentType.JSON).body(Api.report(mine, src, "INTACT", "2015-09-01")).post("/api/v1/reports");
        }
        // curator is not the claim's owner (curator2 is); the rest lack the roles
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.CURATOR_, Caller.ADMIN_)) {
            spec(caller, false).contentType(ContentType.JSON).header("If-Match", "*").body(Api.report(mine, src, "INTACT", "2015-09-01"))
                    .post("/api/v1/reports/" + report + "/revisions");
        }
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.CURATOR_, Caller.ADMIN_)) {
            spec(caller, false).contentType(ContentType.JSON).body(Api.decision("DISPUTED", "denied")).post("/api/v1/reports/" + report + "/decisions");
        }
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.REVIEWER_)) {
            spec(caller, false).contentType("application/merge-patch+json").header("If-Match", "*").body(MONUMENT_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .patch("/api/v1/monuments/" + mine);
        }
        String duplicate = Api.newSource(false);
        String survivor = Api.newSource(false);
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.REVIEWER_)) {
            spec(caller, false).contentType("application/merge-patch+json").header("If-Match", "*").body(SOURCE_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .patch("/api/v1/sources/" + duplicate);
            spec(caller, false).contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("into", survivor)).post("/api/v1/sources/" + duplicate + "/merge");
        }
        assertEquals(0, Api.anonymous().get("/api/v1/sources/" + duplicate + "/revisions").then().statusCode(200).extract().jsonPath().getList("items").size(),
                "a denied source edit or merge was recorded");
        Api.anonymous().get("/api/v1/sources/" + duplicate).then().statusCode(200);
        String site = newSite();
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.REVIEWER_)) {
            spec(caller, false).contentType("application/merge-patch+json").header("If-Match", "*").body(SITE_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .patch("/api/v1/sites/" + site);
        }
        for (Caller caller : List.of(Caller.ANONYMOUS, Caller.DISABLED_, Caller.REVIEWER_, Caller.CURATOR_)) {
            spec(caller, false).contentType(ContentType.JSON).body(Map.of("reason", "denied")).post("/api/v1/sites/" + site + "/retirement");
        }
        assertEquals(0, Api.anonymous().get("/api/v1/sites/" + site + "/revisions").then().statusCode(200).extract().jsonPath().getList("items").size(),
                "a denied site edit was recorded");
        assertEquals(false, Api.anonymous().get("/api/v1/sites/" + site).then().statusCode(200).extract().jsonPath().getBoolean("retired"),
                "a denied site retirement was recorded");
        assertEquals(0, Api.anonymous().get("/api/v1/monuments/" + mine + "/revisions").then().statusCode(200).extract().jsonPath().getList("items").size(),
                "a denied monument edit was recorded");
        var reports = Api.anonymous().get("/api/v1/monuments/" + mine + "/reports").then().statusCode(200).extract().jsonPath();
        assertEquals(1, reports.getList("items").size(), "a denied write added a report or revision");
        assertEquals("UNVERIFIED", reports.getString("items[0].status"));
        assertEquals(0, Api.anonymous().get("/api/v1/reports/" + report + "/decisions").then().statusCode(200).extract().jsonPath().getList("items").size(),
                "a denied decision was recorded");
    }

    private static int expectedStatus(Operation op, Set<String> allowed, Caller caller) {
        if (caller == Caller.DISABLED_) {
            return 401;
        }
        boolean ok = allowed == EVERYONE || (caller.user != null && allowed.contains(caller.user));
        if (ok) {
            return ALLOWED_STATUS.getOrDefault(op.id(), "POST".equals(op.method()) ? 201 : 200);
        }
        return caller.user == null ? 401 : 403;
    }

    /** Strict contract check, except for anonymous calls to protected operations (the request itself breaks the contract). */
    private RequestSpecification spec(Caller caller, boolean strict) {
        if (caller.user == null) {
            return strict ? Api.anonymous() : Api.anonymousBreakingContract();
        }
        return strict ? Api.as(caller.user) : Api.asBreakingContract(caller.user);
    }

    private Response call(Operation op, Caller caller, int expected) {
        boolean strict = !(caller.user == null && !op.publicInContract());
        RequestSpecification spec = spec(caller, strict);
        String path = concretePath(op, caller);
        if (op.id().equals("exportRegistry")) {
            spec.accept("application/x-ndjson");
        } else if (op.id().equals("importRegistry")) {
            spec.config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                    .contentType("application/x-ndjson").body(EMPTY_EXPORT);
        } else if (op.id().equals("startImport")) {
            // a source the registry has: the job skips it, so the matrix adds nothing
            spec.contentType("application/x-ndjson").body(IMPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (op.id().equals("updateMonument")) {
            spec.contentType("application/merge-patch+json").body(MONUMENT_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (op.id().equals("updateSite")) {
            spec.contentType("application/merge-patch+json").body(SITE_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (op.id().equals("updateSource")) {
            spec.contentType("application/merge-patch+json").body(SOURCE_PATCH.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (op.id().equals("updateAccount")) {
            spec.contentType("application/merge-patch+json").body("{\"roles\":[\"reviewer\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (op.hasBody()) {
            spec.contentType(ContentType.JSON).body(body(op));
        }
        if (op.id().equals("revokeMyToken") || op.id().equals("changeMyPassword")) {
            spec.accept("*/*"); // no JSON body on success (204), only problems
        }
        if (op.id().equals("updateMonument") || op.id().equals("updateSite") || op.id().equals("amendReport") || op.id().equals("reassignReport")
                || op.id().equals("settleConflict") || op.id().equals("updateAccount") || op.id().equals("updateSource") || op.id().equals("mergeSource")) {
            spec.header("If-Match", "*"); // required; "*" matches whatever version the fresh fixture has
        }
        return spec.request(op.method(), path);
    }

    /** Fills the path parameters from fixtures; writes on a report get a fresh report each, submitted by curator2 (so reviewer may decide). */
    private String concretePath(Operation op, Caller caller) {
        String path = op.path();
        if (!path.contains("{")) {
            return path;
        }
        if (path.equals("/api/v1/accounts/me/tokens/{id}")) {
            // the caller's own token (a fresh one each: revoking uses it up); callers without an account name a token that is not theirs
            String token = caller.user == null || caller == Caller.DISABLED_ ? UUID.randomUUID().toString() : token(caller.user);
            return path.replace("{id}", token);
        }
        if (path.equals("/api/v1/imports/{id}")) {
            // a job is its sender's: each allowed caller reads one of its own; the others one of curator's
            String sender = caller.user != null && ALLOWED.get(op.id()).contains(caller.user) ? caller.user : CURATOR;
            String location = Api.as(sender).contentType("application/x-ndjson").body(IMPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/imports").then().statusCode(202).extract().header("Location");
            return path.replace("{id}", location.substring(location.lastIndexOf('/') + 1));
        }
        if (path.equals("/api/v1/accounts/{username}")) {
            return path.replace("{username}", op.id().equals("updateAccount") ? account() : REVIEWER);
        }
        String id;
        if (path.equals("/api/v1/monuments/{id}/retirement")) {
            id = Api.newMonument(); // each caller its own: a retired monument would take no more reports
        } else if (path.equals("/api/v1/sources/{id}/merge")) {
            id = Api.newSource(false); // each caller its own duplicate: a merged source is merged no more
        } else if (path.startsWith("/api/v1/admin/webhooks/{id}")) {
            id = webhook();
        } else if (path.startsWith("/api/v1/monuments/{id}")) {
            id = monument;
        } else if (path.startsWith("/api/v1/reports/{id}")) {
            id = Api.submit(CURATOR2, Api.report(monument, source, "SEVERELY_DAMAGED", "2015-08-30"));
        } else if (path.startsWith("/api/v1/conflicts/{id}")) {
            id = openConflict();
        } else if (path.equals("/api/v1/sites/{id}/retirement")) {
            id = newSite(); // each caller its own: a retired site cannot be retired again
        } else if (path.startsWith("/api/v1/sites/{id}")) {
            id = site; // the test's own: the seeded Palmyra is never edited
        } else if (path.startsWith("/api/v1/sources/{id}")) {
            id = source;
        } else {
            throw new IllegalStateException("no fixture for the path parameters of " + op.id() + " " + path);
        }
        String concrete = path.replace("{id}", id);
        if (concrete.contains("{")) {
            throw new IllegalStateException("no fixture for the path parameters of " + op.id() + " " + path);
        }
        return concrete;
    }

    /** A fresh open conflict, its reports submitted by curator2 (so reviewer and reviewer2 may settle it). */
    private static String openConflict() {
        String place = Api.newMonument();
        Api.submit(CURATOR2, Api.report(place, Api.newSource(false), "SEVERELY_DAMAGED", "2015-08-30"));
        Api.submit(CURATOR2, Api.report(place, Api.newSource(false), "DESTROYED", "2015-08-30"));
        return Api.anonymous().queryParam("monument", place).get("/api/v1/conflicts").then().statusCode(200).extract().path("items[0].id");
    }

    private Object body(Operation op) {
        switch (op.id()) {
            case "createMonument": {
                Map<String, Object> body = new HashMap<>();
                body.put("id", "authz-" + UUID.randomUUID().toString().substring(0, 13));
                body.put("siteId", "palmyra");
                body.put("name", "Authorization matrix monument");
                body.put("category", "SHRINE");
                return body;
            }
            case "submitReport":
            case "amendReport":
                return Api.report(monument, source, "DESTROYED", "2015-09-01");
            case "reassignReport":
                return Map.of("curator", CURATOR);
            case "decideOnReport":
                return Api.decision("DISPUTED", "Contradicted by later imagery (authorization matrix).");
            case "settleConflict":
                return Map.of("rationale", "Both accounts stand (authorization matrix).");
            case "createWebhook":
                return webhookBody();
            case "createAccount":
                return accountBody();
            case "changeMyPassword":
                return Map.of("currentPassword", "not the current password", "newPassword", "a password never set by the matrix");
            case "createMyToken":
                return tokenBody();
            case "retireMonument":
            case "retireSite":
                return Map.of("reason", "Authorization matrix");
            case "mergeSource":
                return Map.of("into", Api.newSource(false));
            case "createSite":
                return siteBody("authz-site-" + UUID.randomUUID().toString().substring(0, 13));
            case "registerSource": {
                Map<String, Object> body = new HashMap<>();
                body.put("name", "Authorization matrix source " + UUID.randomUUID());
                body.put("kind", "NEWS_AGENCY");
                body.put("reliability", "B");
                body.put("confidential", false);
                return body;
            }
            default:
                throw new IllegalStateException("no request body known for " + op.id() + "; add one to AuthorizationMatrixTest.body");
        }
    }

    private static Map<String, Object> siteBody(String id) {
        return Map.of("id", id, "name", "Authorization matrix site", "country", "SY");
    }

    /** A site of the test's own (sites/{id} writes never touch the seeded ones). */
    private static String newSite() {
        String id = "authz-site-" + UUID.randomUUID().toString().substring(0, 13);
        Api.as(ADMIN).contentType(ContentType.JSON).body(siteBody(id)).post("/api/v1/sites").then().statusCode(201);
        return id;
    }

    /** A subscription to retirements only, at a port nothing listens on: the matrix needs it to exist, not to receive. */
    private static Map<String, Object> webhookBody() {
        return Map.of("url", "http://127.0.0.1:9/authorization-matrix", "kinds", List.of("MONUMENT_RETIRED"));
    }

    private static String webhook() {
        return Api.as(ADMIN).contentType(ContentType.JSON).body(webhookBody()).post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    }

    /** A fresh curator account for the admin to change: the matrix never changes a demo account. */
    private static Map<String, Object> accountBody() {
        return Map.of("username", "test-authz-" + UUID.randomUUID().toString().substring(0, 8), "password", "authorization matrix password",
                "roles", List.of("curator"));
    }

    private static String account() {
        return Api.as(ADMIN).contentType(ContentType.JSON).body(accountBody()).post("/api/v1/accounts").then().statusCode(201).extract().path("username");
    }

    /** Short-lived, so the matrix's tokens do not pile up in a database the suite runs on again. */
    private static Map<String, Object> tokenBody() {
        return Map.of("name", "authorization matrix", "scopes", List.of("read"), "expiresAt", java.time.Instant.now().plusSeconds(600).toString());
    }

    private static String token(String user) {
        return Api.as(user).contentType(ContentType.JSON).body(tokenBody()).post("/api/v1/accounts/me/tokens").then().statusCode(201).extract().path("id");
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
