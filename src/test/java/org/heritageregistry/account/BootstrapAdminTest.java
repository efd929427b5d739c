package org.heritageregistry.account;

import static org.heritageregistry.support.Api.anonymous;
import static org.heritageregistry.support.Api.anonymousBreakingContract;

import java.util.Map;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Production-like start: no demo accounts, the first admin comes from configuration. */
@QuarkusTest
@DatabaseIndependent("configuration: which accounts exist after a production-like start")
@TestProfile(BootstrapAdminTest.ProductionLike.class)
class BootstrapAdminTest {

    public static class ProductionLike implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("registry.demo-accounts", "false",
                    "registry.bootstrap-admin.username", "first-admin",
                    "registry.bootstrap-admin.password", "a-long-configured-secret");
        }
    }

    @Test
    void theConfiguredAdminCanSignIn() {
        anonymous().auth().preemptive().basic("first-admin", "a-long-configured-secret").get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void noWellKnownDemoAccountExists() {
        anonymousBreakingContract().auth().preemptive().basic("admin", "admin-demo").get("/api/v1/audit").then().statusCode(401);
        anonymousBreakingContract().auth().preemptive().basic("curator", "curator-demo").get("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void theSeedIsLoadedAnyway() {
        anonymous().get("/api/v1/monuments/temple-of-bel").then().statusCode(200);
    }
}
