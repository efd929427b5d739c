package org.heritageregistry.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.heritageregistry.support.Api.REVIEWER2;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.heritageregistry.support.Api.asBreakingContract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Strict query strings (issues 19 and 22): a parameter an operation does not take, a single one
 * given twice and a value outside a parameter's enumeration are each a 400 naming the parameter.
 * The contract-wide tests read every operation of the committed openapi/openapi.yaml, so what the
 * service derives from its resource methods and what the contract lists cannot drift apart; each
 * answer is also checked against the contract (a 400 it does not document fails).
 */
@QuarkusTest
@DatabaseIndependent("the query string is checked against the resource method before any service runs; enum values are parsed in Java")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictQueryParametersTest {

    private static final String NOT_TAKEN = "is not a parameter of this operation; ";
    private static final String REPEATED = "is given more than once; this operation takes one value";

    /** One operation of the contract: its query parameters by name, each with its schema ($ref resolved). */
    record Operation(String id, String method, String path, boolean isPublic, String bodyType, String accept, Map<String, JsonNode> query) {

        String takes() {
            return query.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", query.keySet());
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private String report;
    private String source;
    private String conflict;
    private String webhook;
    private String token;
    private String importJob;

    @BeforeAll
    void readContract() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    return;
                }
                JsonNode op = method.getValue();
                Map<String, JsonNode> query = new TreeMap<>();
                for (JsonNode parameter : op.path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        JsonNode schema = parameter.path("schema");
                        if (schema.has("$ref")) {
                            schema = contract.at(schema.get("$ref").asText().substring(1));
                        }
                        query.put(parameter.path("name").asText(), schema);
                    }
                }
                boolean isPublic = false;
                for (JsonNode requirement : op.path("security")) {
                    isPublic |= requirement.isEmpty();
                }
                String bodyType = op.has("requestBody") ? op.at("/requestBody/content").fieldNames().next() : null;
                // what the operation answers in: JSON where it offers it (the export is NDJSON only)
                List<String> answers = new ArrayList<>();
                op.path("responses").fields().forEachRemaining(r -> {
                    if (r.getKey().startsWith("2")) {
                        r.getValue().path("content").fieldNames().forEachRemaining(answers::add);
                    }
                });
                String accept = answers.isEmpty() || answers.contains("application/json") ? "application/json" : answers.get(0);
                operations.add(new Operation(op.path("operationId").asText(), method.getKey().toUpperCase(), path.getKey(), isPublic, bodyType, accept, query));
            });
        }
        assertTrue(operations.size() >= 20, "the contract lists only " + operations.size() + " operations");
    }

    /** Ids to read (the service is not up yet when @BeforeAll runs in a Quarkus test). */
    @BeforeEach
    void fixtures() {
        if (webhook != null) {
            return;
        }
        report = Api.anonymous().get("/api/v1/reports?limit=1").then().statusCode(200).extract().path("items[0].id");
        source = Api.anonymous().get("/api/v1/sources?limit=1").then().statusCode(200).extract().path("items[0].id");
        conflict = Api.anonymous().get("/api/v1/conflicts?limit=1").then().statusCode(200).extract().path("items[0].id");
        // a subscription nothing is sent to: deleted at once, it stays readable with its (no) deliveries
        webhook = Api.as(ADMIN).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/strict-query", "kinds", List.of("MONUMENT_RETIRED")))
                .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
        Api.as(ADMIN).delete("/api/v1/admin/webhooks/" + webhook).then().statusCode(200);
        // the admin's own token, short-lived, for /accounts/me/tokens/{id}
        token = Api.as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "strict query", "scopes", List.of("read"), "expiresAt", java.time.Instant.now().plusSeconds(600).toString()))
                .post("/api/v1/accounts/me/tokens").then().statusCode(201).extract().path("id");
        // an import of one source the registry has (the job skips it), for /imports/{id}
        String job = Api.as(ADMIN).contentType("application/x-ndjson")
                .body("{\"type\":\"source\",\"data\":{\"name\":\"Associated Press (AP)\",\"kind\":\"NEWS_AGENCY\",\"reliability\":\"B\"}}\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(202).extract().header("Location");
        importJob = job.substring(job.lastIndexOf('/') + 1);
    }

    // --- the cases of the issues, one by one ---

    @Test
    void anUnknownFilterIsRefusedNotIgnored() {
        // the filter is called monument: before, this answered 200 with every report
        anonymousBreakingContract().queryParam("monumentId", "temple-of-baalshamin").get("/api/v1/reports").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("monumentId"))
                .body("errors[0].message", equalTo(NOT_TAKEN + "it takes: condition, current, cursor, eventFrom, eventTo, incidentKind, limit, monument, q, site, source, status"))
                .body("detail", startsWith("monumentId: is not a parameter"));
    }

    @Test
    void aParameterOfAnotherOperationIsRefused() {
        // asOf belongs to a monument and its history, not to the lists
        anonymousBreakingContract().queryParam("asOf", "2015-09-01").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        anonymousBreakingContract().queryParam("asOf", "2015-09-01").get("/api/v1/monuments/temple-of-bel/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf")).body("errors[0].message", equalTo(NOT_TAKEN + "it takes: current, cursor, limit, status"));
        Api.anonymous().queryParam("asOf", "2015-09-01").get("/api/v1/monuments/temple-of-bel").then().statusCode(200);
    }

    @Test
    void aRepeatedParameterIsRefusedNotHalfApplied() {
        anonymousBreakingContract().queryParam("condition", "DESTROYED", "INTACT").get("/api/v1/reports").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("condition")).body("errors[0].message", equalTo(REPEATED));
        // the same value twice is still twice
        anonymousBreakingContract().queryParam("limit", "5", "5").get("/api/v1/monuments").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void everyOffenderIsNamedInOrder() {
        anonymousBreakingContract().queryParam("zone", "north").queryParam("status", "VERIFIED", "DISPUTED").queryParam("asOf", "2015-09-01")
                .get("/api/v1/reports").then().statusCode(400)
                .body("errors.field", contains("asOf", "status", "zone"))
                .body("errors.message", contains(startsWith(NOT_TAKEN), equalTo(REPEATED), startsWith(NOT_TAKEN)));
    }

    @Test
    void anOperationWithoutQueryParametersTakesNone() {
        anonymousBreakingContract().queryParam("expand", "evidence").get("/api/v1/reports/" + report).then().statusCode(400)
                .body("errors[0].field", equalTo("expand")).body("errors[0].message", equalTo(NOT_TAKEN + "it takes none"));
        // names are exact: case counts
        anonymousBreakingContract().queryParam("Monument", "temple-of-bel").get("/api/v1/reports").then().statusCode(400).body("errors[0].field", equalTo("Monument"));
    }

    @Test
    void aLongNameIsNamedWithinTheContractsBounds() {
        String name = "x".repeat(1000);
        JsonPath problem = anonymousBreakingContract().queryParam(name, "1").get("/api/v1/sites").then().statusCode(400).extract().jsonPath();
        assertTrue(problem.getString("errors[0].field").length() <= 200, problem.getString("errors[0].field"));
        // an enum value is echoed in part too
        String value = "y".repeat(1000);
        String message = anonymousBreakingContract().queryParam("status", value).get("/api/v1/reports").then().statusCode(400).extract().path("errors[0].message");
        assertTrue(message.length() <= 500, message);
    }

    @Test
    void credentialsAreCheckedFirst() {
        anonymousBreakingContract().queryParam("notAParameter", "1").get("/api/v1/audit").then().statusCode(401);
        asBreakingContract(CURATOR).queryParam("notAParameter", "1").get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void webPagesAndOperationsEndpointsAreNotChecked() {
        // pages are reached from links others decorate; /q/... is not the API
        RestAssured.given().queryParam("utm_source", "newsletter").get("/pages/monuments").then().statusCode(200);
        RestAssured.given().queryParam("fbclid", "x").get("/pages/reports/" + report).then().statusCode(200);
        RestAssured.given().queryParam("probe", "1").get("/q/health/live").then().statusCode(200);
    }

    @Test
    void auditEntityTypeTakesOnlyTheListedKinds() {
        // before, bogus answered 200 with an empty page though the contract lists the values
        asBreakingContract(ADMIN).queryParam("entityType", "bogus").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("entityType"))
                .body("errors[0].message", equalTo("value 'bogus' is not one of report, decision, source, monument, webhook, conflict, site, account, import"));
        Api.as(ADMIN).queryParam("entityType", "webhook").queryParam("entityId", webhook).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", contains("WEBHOOK_DELETED", "WEBHOOK_CREATED"));
    }

    // --- every operation of the contract ---

    @Test
    void everyOperationRefusesAParameterItDoesNotTakeAndSaysWhatItTakes() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            Response response = call(op, Map.of("notAParameter", List.of("1")), true);
            String body = response.asString();
            if (response.statusCode() != 400) {
                failures.add(op.id() + ": " + response.statusCode() + " " + abbreviate(body));
                continue;
            }
            JsonPath json = response.jsonPath();
            if (!"notAParameter".equals(json.getString("errors[0].field")) || !(NOT_TAKEN + op.takes()).equals(json.getString("errors[0].message"))) {
                failures.add(op.id() + ": expected notAParameter: " + NOT_TAKEN + op.takes() + ", got " + abbreviate(body));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " operations:\n" + String.join("\n", failures));
    }

    @Test
    void everyDocumentedParameterIsTakenOnceAndRefusedTwice() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations) {
            op.query().forEach((name, schema) -> {
                String value = sample(name, schema);
                // a write is sent an empty body, which it refuses: a parameter it takes passes the check and nothing is written
                Response once = call(op, Map.of(name, List.of(value)), true);
                if (once.asString().contains(NOT_TAKEN) || once.asString().contains(REPEATED)) {
                    failures.add(op.id() + " ?" + name + "=" + value + ": " + abbreviate(once.asString()));
                }
                if (!"array".equals(schema.path("type").asText())) {
                    Response twice = call(op, Map.of(name, List.of(value, value)), true);
                    if (twice.statusCode() != 400 || !name.equals(twice.jsonPath().getString("errors[0].field"))
                            || !REPEATED.equals(twice.jsonPath().getString("errors[0].message"))) {
                        failures.add(op.id() + " ?" + name + " twice: " + twice.statusCode() + " " + abbreviate(twice.asString()));
                    }
                }
            });
        }
        assertTrue(failures.isEmpty(), failures.size() + " parameters:\n" + String.join("\n", failures));
    }

    /** Issue 22: a parameter whose contract lists its values (an enum, a boolean) takes only those, and a 400 lists them. */
    @Test
    void everyEnumeratedParameterTakesOnlyItsValues() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Operation op : operations) {
            if (!"GET".equals(op.method())) {
                // a write validates its body before its values, so this needs a valid body: registerSource's
                // allowSimilar is checked in SourceResourceTest
                continue;
            }
            for (var parameter : op.query().entrySet()) {
                List<String> allowed = allowedValues(parameter.getValue());
                if (allowed.isEmpty()) {
                    continue;
                }
                checked++;
                String name = parameter.getKey();
                Response response = call(op, Map.of(name, List.of("bogus")), false);
                String message = response.statusCode() == 400 ? response.jsonPath().getString("errors[0].message") : null;
                if (message == null || !name.equals(response.jsonPath().getString("errors[0].field")) || !allowed.stream().allMatch(message::contains)) {
                    failures.add(op.id() + " ?" + name + "=bogus: expected a 400 naming " + name + " and listing " + allowed + ", got " + response.statusCode() + " "
                            + abbreviate(response.asString()));
                }
                for (String value : allowed) {
                    Response ok = call(op, Map.of(name, List.of(value)), false);
                    if (ok.statusCode() != 200) {
                        failures.add(op.id() + " ?" + name + "=" + value + ": " + ok.statusCode() + " " + abbreviate(ok.asString()));
                    }
                }
            }
        }
        assertTrue(checked >= 12, "only " + checked + " enumerated parameters in the contract");
        assertTrue(failures.isEmpty(), failures.size() + " parameters:\n" + String.join("\n", failures));
    }

    private static List<String> allowedValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        if ("boolean".equals(schema.path("type").asText())) {
            values.addAll(List.of("true", "false"));
        }
        return values;
    }

    /** A value of the parameter's type: the value is not what is tested, only that the name is taken. */
    private static String sample(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "boolean" -> "true";
            case "integer" -> "1";
            default -> switch (schema.path("format").asText()) {
                case "date" -> "2015-09-01";
                case "uuid" -> UUID.randomUUID().toString();
                default -> name.equals("asOf") ? "2015-09-01" : "x";
            };
        };
    }

    /**
     * Calls an operation with a query string and, for reads, real path ids, so that a value check
     * is reached. Writes get ids that name nothing and an empty body: the query string is refused
     * before either is looked at, and if it were not, nothing would be written. A protected
     * operation is called by an account it lets in: admin, else reviewer2 (curator and reviewer).
     */
    private Response call(Operation op, Map<String, List<String>> query, boolean anyMethod) {
        if (!anyMethod && !"GET".equals(op.method())) {
            throw new IllegalStateException(op.id() + " has query parameters but is no read; call it with care");
        }
        Response response = spec(op, ADMIN, query).request(op.method(), path(op));
        if (!op.isPublic() && response.statusCode() == 403) {
            response = spec(op, REVIEWER2, query).request(op.method(), path(op));
        }
        return response;
    }

    private RequestSpecification spec(Operation op, String user, Map<String, List<String>> query) {
        RequestSpecification spec = (op.isPublic() ? anonymousBreakingContract() : asBreakingContract(user)).accept(op.accept());
        query.forEach((name, values) -> spec.queryParam(name, values.toArray()));
        if ("application/json".equals(op.bodyType())) {
            spec.contentType(ContentType.JSON).body("{}");
        } else if (op.bodyType() != null) {
            spec.config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(op.bodyType(), ContentType.TEXT)))
                    .contentType(op.bodyType()).body("");
        }
        return spec;
    }

    private String path(Operation op) {
        String path = op.path();
        if (!"GET".equals(op.method())) {
            return path.replace("{id}", path.startsWith("/api/v1/monuments/") ? "strict-query-nowhere" : UUID.randomUUID().toString())
                    .replace("{username}", "strict-query-nowhere");
        }
        if (path.contains("{username}")) {
            return path.replace("{username}", org.heritageregistry.support.Api.REVIEWER);
        }
        String id = path.startsWith("/api/v1/monuments/") ? "temple-of-bel"
                : path.startsWith("/api/v1/sites/") ? "palmyra"
                : path.startsWith("/api/v1/reports/") ? report
                : path.startsWith("/api/v1/sources/") ? source
                : path.startsWith("/api/v1/admin/webhooks/") ? webhook
                : path.startsWith("/api/v1/conflicts/") ? conflict
                : path.startsWith("/api/v1/accounts/me/tokens/") ? token
                : path.startsWith("/api/v1/imports/") ? importJob
                : null;
        if (path.contains("{") && (id == null || path.replace("{id}", id).contains("{"))) {
            throw new IllegalStateException("no id for the path of " + op.id() + " " + path + "; add one to StrictQueryParametersTest.path");
        }
        return id == null ? path : path.replace("{id}", id);
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
