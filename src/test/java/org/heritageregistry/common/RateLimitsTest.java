package org.heritageregistry.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * No one client can take the service for itself: a quota per account, and per address for
 * anonymous callers, told on every answer in the IETF draft's RateLimit headers and enforced with
 * 429 and Retry-After. The exchanges are checked against the committed contract, so the headers
 * and the 429 are documented as sent. Quotas are per hour, so nothing depends on timing.
 */
@QuarkusTest
@DatabaseIndependent("the buckets are in memory, per instance")
@TestProfile(RateLimitsTest.LowQuotas.class)
class RateLimitsTest {

    public static class LowQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.rate-limit.anonymous-requests", "3", "registry.rate-limit.anonymous-period", "PT1H",
                    "registry.rate-limit.account-requests", "4", "registry.rate-limit.account-period", "PT1H",
                    "registry.rate-limit.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1");
        }
    }

    @Test
    void anAnonymousAddressGetsItsQuotaThen429WithRetryAfter() {
        String address = "198.51.100.5";
        for (int left = 2; left >= 0; left--) {
            Api.anonymous().header("X-Forwarded-For", address).get("/api/v1/sites").then().statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=3;w=3600")
                    .header("RateLimit", org.hamcrest.Matchers.startsWith("\"anonymous\";r=" + left + ";t="));
        }
        Response refused = Api.anonymous().header("X-Forwarded-For", address).get("/api/v1/sites");
        refused.then().statusCode(429).contentType("application/problem+json").body("type", equalTo("/problems/rate-limited"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"anonymous\";r=0;t="));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // another address has a quota of its own
        Api.anonymous().header("X-Forwarded-For", "198.51.100.6").get("/api/v1/sites").then().statusCode(200);
    }

    @Test
    void aSignedInAccountHasItsOwnQuotaWhateverTheAddress() {
        for (int i = 0; i < 4; i++) {
            Api.as("reviewer2").header("X-Forwarded-For", "203.0.113." + (50 + i)).get("/api/v1/sources").then().statusCode(200)
                    .header("RateLimit-Policy", "\"account\";q=4;w=3600");
        }
        Api.as("reviewer2").header("X-Forwarded-For", "203.0.113.60").get("/api/v1/sources").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // a colleague at the same address is not held up by it
        Api.as("curator2").header("X-Forwarded-For", "203.0.113.60").get("/api/v1/sources").then().statusCode(200);
    }

    @Test
    void forwardedForIsIgnoredUnlessTheProxyIsTrusted() {
        // the right-most entry our proxy added is the client; what the client wrote to its left is not believed
        String base = "198.51.100.9";
        for (int i = 0; i < 3; i++) {
            Api.anonymous().header("X-Forwarded-For", "10.9.9." + i + ", " + base).get("/api/v1/sites").then().statusCode(200);
        }
        Api.anonymous().header("X-Forwarded-For", "10.9.9.9, " + base).get("/api/v1/sites").then().statusCode(429);
    }
}
