package org.heritageregistry.common;

import java.util.Map;

import org.heritageregistry.support.Api;
import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Without a trusted proxy, X-Forwarded-For cannot buy a client a fresh quota. */
@QuarkusTest
@DatabaseIndependent("the buckets are in memory, per instance")
@TestProfile(ClientAddressUntrustedTest.NoTrustedProxy.class)
class ClientAddressUntrustedTest {

    public static class NoTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.rate-limit.anonymous-requests", "3", "registry.rate-limit.anonymous-period", "PT1H");
        }
    }

    @Test
    void aMadeUpForwardedForDoesNotResetTheQuota() {
        for (int i = 0; i < 3; i++) {
            Api.anonymous().header("X-Forwarded-For", "198.51.100." + i).get("/api/v1/sites").then().statusCode(200);
        }
        Api.anonymous().header("X-Forwarded-For", "198.51.100.200").get("/api/v1/sites").then().statusCode(429);
    }
}
