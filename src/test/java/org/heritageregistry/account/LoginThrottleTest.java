package org.heritageregistry.account;

import static io.restassured.RestAssured.given;
import static org.heritageregistry.support.Api.anonymousBreakingContract;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Failed sign-ins slow the guesser down, never the owner: an outsider who knows a colleague's
 * name (it is public in every report's submittedBy) gets 429 with Retry-After, while the colleague
 * signs in from the address they used before. The addresses are set with X-Forwarded-For, which
 * this profile trusts from the loopback proxy the tests connect through.
 */
@QuarkusTest
@DatabaseIndependent("the throttle counts failures in memory, per instance")
@TestProfile(LoginThrottleTest.LowAllowances.class)
class LoginThrottleTest {

    /** The first delay is long, so nothing here depends on how fast the test runs. */
    public static class LowAllowances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.login.max-failures", "3", "registry.login.max-failures-per-address", "6",
                    "registry.login.max-failures-per-name", "1000", "registry.login.first-delay", "PT1M", "registry.login.max-delay", "PT1H",
                    "registry.rate-limit.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        }
    }

    private static final String OWNERS_ADDRESS = "203.0.113.10";

    @Test
    void anOutsidersFailuresDelayTheOutsiderButNotTheOwnerAtTheirKnownAddress() {
        List<String> logged = capture(() -> {
            from(OWNERS_ADDRESS).auth().preemptive().basic("curator2", "curator2-demo").get("/api/v1/sources").then().statusCode(200);
            String attacker = "198.51.100.66";
            for (int i = 0; i < 4; i++) {
                // the allowance (3) and the failure that starts the delay: each password was checked and was wrong
                from(attacker).auth().preemptive().basic("curator2", "guess-" + i).get("/api/v1/sources").then().statusCode(401);
            }
            // delayed: refused before the password is checked, so even the right one gets no further
            Response delayed = from(attacker).auth().preemptive().basic("curator2", "curator2-demo").get("/api/v1/sources");
            delayed.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429))
                    .body("type", equalTo("/problems/sign-in-delayed"));
            long retryAfter = Long.parseLong(delayed.header("Retry-After"));
            assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter + " is not the first delay (60 s)");
            // the owner, at the address they signed in from before
            from(OWNERS_ADDRESS).auth().preemptive().basic("curator2", "curator2-demo").get("/api/v1/sources").then().statusCode(200);
            // and the attacker's other targets are not collateral: another name from elsewhere is untouched
            from("192.0.2.1").auth().preemptive().basic("curator", "curator-demo").get("/api/v1/sources").then().statusCode(200);
        });
        String log = String.join("\n", logged);
        assertTrue(log.contains("curator2"), log);
        assertTrue(log.contains("198.51.100.66"), log);
        assertFalse(log.contains("guess-"), "a password reached the log: " + log);
        assertFalse(log.contains("curator2-demo"), "a password reached the log: " + log);
    }

    @Test
    void anAddressSprayingManyNamesIsDelayedForEveryName() {
        String sprayer = "198.51.100.77";
        for (int i = 0; i < 7; i++) {
            // one guess per name stays within each name's allowance; the address's (6) is what runs out
            from(sprayer).auth().preemptive().basic("sprayed-" + i, "Winter2015!").get("/api/v1/sources").then().statusCode(401);
        }
        from(sprayer).auth().preemptive().basic("sprayed-next", "Winter2015!").get("/api/v1/sources").then().statusCode(429)
                .header("Retry-After", notNullValue());
        // the owner of "reviewer" has never signed in from there: their known address is elsewhere
        from("203.0.113.20").auth().preemptive().basic("reviewer", "reviewer-demo").get("/api/v1/sources").then().statusCode(200);
    }

    @Test
    void theSignInFormIsThrottledTheSameWay() {
        String owners = "203.0.113.30";
        Response signedIn = form(owners, "reviewer2", "reviewer2-demo");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/pages/monuments"), signedIn.header("Location"));
        String attacker = "198.51.100.88";
        for (int i = 0; i < 4; i++) {
            Response wrong = form(attacker, "reviewer2", "guess-" + i);
            assertEquals(302, wrong.statusCode());
            assertTrue(wrong.header("Location").endsWith("/pages/login?failed=true"), wrong.header("Location"));
        }
        Response delayed = form(attacker, "reviewer2", "reviewer2-demo");
        assertFalse(delayed.statusCode() == 302 && delayed.header("Location").endsWith("/pages/monuments"),
                "a delayed address signed in: " + delayed.statusCode() + " " + delayed.header("Location"));
        Response owner = form(owners, "reviewer2", "reviewer2-demo");
        assertEquals(302, owner.statusCode());
        assertTrue(owner.header("Location").endsWith("/pages/monuments"), "the owner was kept out: " + owner.header("Location"));
    }

    private static RequestSpecification from(String address) {
        return anonymousBreakingContract().header("X-Forwarded-For", address);
    }

    private static Response form(String address, String user, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address).header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParams(Map.of("j_username", user, "j_password", password))
                .post("/pages/login");
    }

    private static List<String> capture(Runnable during) {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(LoginThrottle.class.getName());
        logger.addHandler(capture);
        try {
            during.run();
        } finally {
            logger.removeHandler(capture);
        }
        return logged;
    }
}
