package org.heritageregistry.generator;

import java.util.Map;

import jakarta.inject.Inject;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs the data generator into a real database, as a command: scripts/generate-data starts it with
 * {@code ./mvnw test -Dtest=GenerateDataRun} and the generator's settings in the environment
 * ({@code REGISTRY_GENERATE_REPORTS} and the rest of {@link GeneratorConfig}).
 *
 * <p>Why a test: the generator is a tool, not part of the service, so it lives in the test tree
 * and stays out of target/registry.jar. But its second half needs the service's own rules
 * (DerivedState with Hibernate, transactions and CDI), which only a started application has, and
 * Quarkus builds and starts an application that includes the test classes only for a
 * {@code @QuarkusTest}. So the launcher is one, whose profile swaps the test configuration
 * (in-memory database, cleaned at start) for the one the packaged service would run with: the
 * Quarkus profile from {@code QUARKUS_PROFILE} (prod when unset) and the same {@code REGISTRY_*}
 * and {@code QUARKUS_*} environment, so the data lands where {@code java -jar target/registry.jar}
 * started the same way will find it.
 *
 * <p>Its name does not end in Test, so the suite never runs it; and without
 * {@code REGISTRY_GENERATE_REPORTS} above zero it is skipped before the application starts, which
 * would otherwise open (and seed) the default ./data for nothing.
 */
@QuarkusTest
@DatabaseIndependent("a launcher for scripts/generate-data, skipped unless REGISTRY_GENERATE_REPORTS is set")
@TestProfile(GenerateDataRun.TargetDatabase.class)
@EnabledIfEnvironmentVariable(named = "REGISTRY_GENERATE_REPORTS", matches = "[1-9][0-9]*")
class GenerateDataRun {

    /** The packaged service's configuration instead of the test one. */
    public static class TargetDatabase implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            String profile = System.getenv("QUARKUS_PROFILE");
            return profile == null || profile.isBlank() ? "prod" : profile;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // outside the test profile a @QuarkusTest listens on 8081: take any free port instead.
            // No scheduled jobs: the generator makes no webhook deliveries and nobody reads the
            // metrics, so the pollers would only query alongside the load (and run into the stop).
            return Map.of("quarkus.http.test-port", "0", "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    GenerateData generator;

    @Test
    void generate() throws Exception {
        generator.run();
    }
}
