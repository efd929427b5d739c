package org.heritageregistry.webhook;

import static org.heritageregistry.support.Api.ADMIN;
import static org.heritageregistry.support.Api.CURATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Webhooks end to end: real deliveries to a receiver on a local port, which checks each signature as a receiver would. */
@QuarkusTest
@DatabaseTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eventsArriveSignedInFeedOrderWithTheirIds() throws Exception {
        try (Receiver receiver = new Receiver()) {
            var created = subscribe(receiver.url(), List.of("MONUMENT_CREATED", "REPORT_SUBMITTED"), null);
            String id = created.getString("id");
            String secret = created.getString("secret");
            try {
                assertTrue(secret.startsWith("whsec_") && secret.length() > 40, "a generated secret: " + secret);
                Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id).then().statusCode(200).body("$", not(hasKey("secret"))).body("active", equalTo(true));
                String listed = Api.as(ADMIN).queryParam("limit", 100).get("/api/v1/admin/webhooks").then().statusCode(200).extract().asString();
                assertTrue(listed.contains(id) && !listed.contains(secret), "the list shows the subscription, never its secret");

                String monument = Api.newMonument();
                String source = Api.newSource(false);
                String first = Api.submit(CURATOR, Api.report(monument, source, "DESTROYED", "2015-08-30"));
                String second = Api.submit(CURATOR, Api.report(monument, source, "INTACT", "2015-09-30"));

                await(() -> mine(receiver, monument).size() == 3, "three events for " + monument);
                List<Receiver.Request> events = mine(receiver, monument);
                List<String> entities = new java.util.ArrayList<>();
                long previous = 0;
                Set<String> eventIds = new HashSet<>();
                for (Receiver.Request event : events) {
                    assertSignedBy(secret, event);
                    JsonNode change = JSON.readTree(event.body());
                    assertTrue(change.get("position").asLong() > previous, "events out of feed order");
                    previous = change.get("position").asLong();
                    entities.add(change.get("entityId").asText());
                    assertEquals(change.get("kind").asText(), event.header("Registry-Event-Kind"));
                    assertEquals("application/json", event.header("Content-Type"));
                    assertTrue(eventIds.add(event.header("Registry-Event-Id")));
                }
                assertEquals(List.of(monument, first, second), entities);

                JsonPath deliveries = Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
                assertEquals(eventIds, new HashSet<>(deliveries.getList("items.id")), "the deliveries are the events, by id");
                assertEquals(Set.of("DELIVERED"), new HashSet<>(deliveries.getList("items.status")));
                assertEquals(Set.of(1), new HashSet<>(deliveries.getList("items.attempts")));
                assertEquals(Set.of(200), new HashSet<>(deliveries.getList("items.lastStatus")));
            } finally {
                delete(id);
            }
            Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id).then().statusCode(200).body("active", equalTo(false));
            Api.as(ADMIN).delete("/api/v1/admin/webhooks/" + id).then().statusCode(200).body("active", equalTo(false));
        }
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryEventOnceItIsBack() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.status.set(503);
            String secret = "palmyra-test-secret-0123456789";
            String id = subscribe(receiver.url(), List.of("MONUMENT_CREATED"), secret).getString("id");
            try {
                List<String> monuments = List.of(Api.newMonument(), Api.newMonument(), Api.newMonument());
                // while it is down the admin sees the head event retried, and the rest waiting behind it
                await(() -> {
                    var head = Api.as(ADMIN).queryParam("status", "PENDING").get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200)
                            .extract().jsonPath();
                    return head.getList("items").size() == 3 && head.getInt("items[2].attempts") >= 2;
                }, "the first event retried");
                var pending = Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
                assertEquals(503, pending.getInt("items[2].lastStatus"));
                assertEquals("the receiver answered HTTP 503", pending.getString("items[2].lastError"));
                assertNotNull(pending.getString("items[2].nextAttemptAt"));
                assertEquals(0, pending.getInt("items[0].attempts"), "a later event went before the first was delivered");

                receiver.status.set(200);
                await(() -> receiver.accepted().size() == 3, "every event after the receiver came back");
                List<String> delivered = new java.util.ArrayList<>();
                for (Receiver.Request event : receiver.accepted()) {
                    assertSignedBy(secret, event);
                    delivered.add(JSON.readTree(event.body()).get("entityId").asText());
                }
                assertEquals(monuments, delivered, "in feed order, each once");
                var done = Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
                assertEquals(List.of("DELIVERED", "DELIVERED", "DELIVERED"), done.getList("items.status"));
                assertTrue(done.getInt("items[2].attempts") >= 3, "the first event was retried");
                assertEquals(200, done.getInt("items[2].lastStatus"));
                // every attempt of one event carried the same event id
                String firstId = done.getString("items[2].id");
                long tries = receiver.requests().stream().filter(r -> firstId.equals(r.header("Registry-Event-Id"))).count();
                assertEquals(done.getInt("items[2].attempts"), (int) tries);
            } finally {
                delete(id);
            }
        }
    }

    @Test
    void anEventIsGivenUpAfterTheLastAttemptAndTheNextOneGoes() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.status.set(500);
            String id = subscribe(receiver.url(), List.of("MONUMENT_CREATED"), null).getString("id");
            try {
                Api.newMonument();
                await(() -> "FAILED".equals(Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200).extract().path("items[0].status")),
                        "the event given up");
                Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().body("items[0].attempts", equalTo(10))
                        .body("items[0].lastStatus", equalTo(500)).body("items[0]", not(hasKey("nextAttemptAt")));
                receiver.status.set(204);
                String next = Api.newMonument();
                await(() -> receiver.accepted().size() == 1, "the next event");
                assertTrue(receiver.accepted().get(0).text().contains(next));
            } finally {
                delete(id);
            }
        }
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String id = subscribe(receiver.url(), List.of("MONUMENT_CREATED"), null).getString("id");
            delete(id);
            Api.newMonument();
            Thread.sleep(1000);
            assertEquals(0, receiver.requests().size());
            Api.as(ADMIN).get("/api/v1/admin/webhooks/" + id + "/deliveries").then().statusCode(200).body("items.size()", equalTo(0));
        }
    }

    @Test
    void badSubscriptionsAre400NamingTheField() {
        for (String url : List.of("ftp://example.org/hook", "not a url", "/hook", "http://user:pw@example.org/hook", "http:///hook", "https://example.org/hook#x", "")) {
            Api.asBreakingContract(ADMIN).contentType(ContentType.JSON).body(Map.of("url", url, "kinds", List.of("MONUMENT_CREATED")))
                    .post("/api/v1/admin/webhooks").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        Map<String, Object> body = new HashMap<>(Map.of("url", "https://example.org/hook", "kinds", List.of()));
        Api.asBreakingContract(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(400).body("errors[0].field", equalTo("kinds"));
        body.put("kinds", List.of("MONUMENT_BURNED"));
        Api.asBreakingContract(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(400).body("errors[0].field", startsWith("kinds"));
        body.put("kinds", List.of("MONUMENT_CREATED"));
        body.put("secret", "short");
        Api.asBreakingContract(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(400).body("errors[0].field", equalTo("secret"));
        Api.as(ADMIN).get("/api/v1/admin/webhooks/" + java.util.UUID.randomUUID()).then().statusCode(404);
        Api.asBreakingContract(ADMIN).get("/api/v1/admin/webhooks/not-a-uuid/deliveries").then().statusCode(404);
        Api.asBreakingContract(ADMIN).queryParam("status", "LOST").get("/api/v1/admin/webhooks/" + java.util.UUID.randomUUID() + "/deliveries").then().statusCode(404);
    }

    @Test
    void onlyAdminsManageWebhooks() {
        Map<String, Object> body = Map.of("url", "https://example.org/hook", "kinds", List.of("MONUMENT_CREATED"));
        Api.as(CURATOR).contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(403);
        Api.anonymousBreakingContract().contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(401);
        Api.as(Api.REVIEWER).get("/api/v1/admin/webhooks").then().statusCode(403);
        Api.anonymousBreakingContract().get("/api/v1/admin/webhooks").then().statusCode(401);
    }

    /** What a receiver does: recompute HMAC-SHA256 over "<t>.<body>" with the secret, compare in constant time, check the time. */
    @Test
    void aSubscriptionMayNameEveryKindAndReceivesMonumentEdits() throws Exception {
        try (Receiver receiver = new Receiver()) {
            List<String> every = java.util.Arrays.stream(org.heritageregistry.feed.ChangeKind.values()).map(Enum::name).toList();
            var created = subscribe(receiver.url(), every, null);
            String id = created.getString("id");
            try {
                assertEquals(every, created.getList("kinds"));
                String monument = Api.newMonument();
                String etag = Api.anonymous().get("/api/v1/monuments/" + monument).then().statusCode(200).extract().header("ETag");
                Api.as(CURATOR).contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"period\":\"Roman\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .patch("/api/v1/monuments/" + monument).then().statusCode(200);
                await(() -> mine(receiver, monument).size() == 2, "the creation and the edit of " + monument);
                List<String> kinds = new java.util.ArrayList<>();
                for (Receiver.Request event : mine(receiver, monument)) {
                    kinds.add(event.header("Registry-Event-Kind"));
                }
                assertEquals(List.of("MONUMENT_CREATED", "MONUMENT_UPDATED"), kinds);
            } finally {
                delete(id);
            }
        }
    }

    private static void assertSignedBy(String secret, Receiver.Request event) throws Exception {
        String header = event.header("Registry-Signature");
        assertNotNull(header, "no Registry-Signature");
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            parts.put(kv[0], kv[1]);
        }
        long t = Long.parseLong(parts.get("t"));
        assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 300, "signature time too far off: " + t);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(event.body()));
        assertTrue(MessageDigest.isEqual(expected.getBytes(), parts.get("v1").getBytes()), "bad signature " + header);
    }

    private static List<Receiver.Request> mine(Receiver receiver, String monument) {
        return receiver.accepted().stream().filter(r -> r.text().contains("\"monumentId\":\"" + monument + "\"")).toList();
    }

    private static JsonPath subscribe(String url, List<String> kinds, String secret) {
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "kinds", kinds, "description", "test receiver"));
        if (secret != null) {
            body.put("secret", secret);
        }
        return Api.as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(201)
                .header("Location", startsWith("http")).extract().jsonPath();
    }

    private static void delete(String id) {
        Api.as(ADMIN).delete("/api/v1/admin/webhooks/" + id).then().statusCode(200).body("active", equalTo(false)).body("$", not(hasKey("secret")));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + what);
    }
}
