package org.heritageregistry.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The registry's own settings (everything under {@code registry.}); the README lists each. */
@ConfigMapping(prefix = "registry")
public interface RegistryConfig {

    /** Folder of the embedded H2 database. */
    @WithDefault("./data")
    String dataDir();

    Seed seed();

    /** Creates the well-known demo accounts; only the demo and test profiles set it. */
    @WithDefault("false")
    boolean demoAccounts();

    BootstrapAdmin bootstrapAdmin();

    Db db();

    Login login();

    /** Largest request body accepted, e.g. 1M. */
    @WithDefault("1M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    Cors cors();

    Metrics metrics();

    Webhooks webhooks();

    /**
     * Read by the build only: {@code -Dregistry.test.db.name=...} names the PostgreSQL suite's
     * database (pom.xml), and Maven hands command-line properties on to the tests, where an
     * undeclared registry.* property stops the application from starting.
     */
    TestSuite test();

    interface TestSuite {
        TestDb db();
    }

    interface TestDb {
        Optional<String> name();
    }

    /** Webhook delivery: how often the outbox is polled, how long a receiver gets, how retries back off. */
    interface Webhooks {
        /** How often each instance looks for deliveries that are due. */
        @WithDefault("1s")
        java.time.Duration pollInterval();

        /** Connect and response timeout of one delivery attempt. */
        @WithDefault("10s")
        java.time.Duration timeout();

        /** Attempts before a delivery is given up as FAILED (and the subscription's next event goes); 40 cover about a day. */
        @WithDefault("40")
        int maxAttempts();

        /** Delay before the first retry; each further retry doubles it, with jitter, up to retry-max-delay. */
        @WithDefault("10s")
        java.time.Duration retryInitialDelay();

        @WithDefault("1h")
        java.time.Duration retryMaxDelay();

        /** How long an instance owns a subscription's queue while delivering it (another instance takes over after a crash). */
        @WithDefault("2m")
        java.time.Duration lease();

        /** Deliveries sent per subscription per poll, at most. */
        @WithDefault("50")
        int batchSize();
    }

    /** The synthetic registry the data generator writes, for benchmarks (GenerateData). */
    Generate generate();

    interface Generate {
        /** Reports to write; 0 (the default) turns the generator off. */
        @WithDefault("0")
        int reports();

        @WithDefault("10000")
        int monuments();

        @WithDefault("200")
        int sites();

        @WithDefault("500")
        int sources();

        /** The random seed: the same settings and seed write the same registry. */
        @WithDefault("42")
        long seed();

        /** Stop the process once the data is written, so the generator runs as a command. */
        @WithDefault("true")
        boolean exit();

        /** Threads that re-derive conditions and conflicts after the bulk insert. */
        @WithDefault("2")
        int threads();
    }

    interface Metrics {
        /** How often the database gauges (reports by status, open conflicts) are refreshed. */
        @WithDefault("60s")
        java.time.Duration refresh();
    }

    /** Largest NDJSON export the import endpoint accepts (the HTTP layer's limit must allow it too). */
    @WithDefault("2G")
    io.quarkus.runtime.configuration.MemorySize importMaxSize();

    /**
     * bcrypt cost (log2 rounds) for new password hashes. Each sign-in pays it, so it is the price
     * of one authenticated request; tests lower it, production may raise it. Existing hashes keep
     * the cost they were made with.
     */
    @WithDefault("10")
    int passwordHashCost();

    /** Limits on failed sign-ins, per account. */
    interface Login {
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        java.time.Duration window();

        @WithDefault("PT15M")
        java.time.Duration lockout();

        /** Most usernames whose failures are counted at once; past it the least used are dropped, so made-up names cannot fill the memory. */
        @WithDefault("10000")
        int maxTrackedNames();

        /** How long a successful sign-in is remembered, so Basic credentials on every request pay bcrypt once; 0 turns it off. */
        @WithDefault("PT1M")
        java.time.Duration cacheTtl();
    }

    /** Browser access; read by quarkus.http.cors.* in application.properties. */
    interface Cors {
        @WithDefault("*")
        String origins();

        @WithDefault("false")
        boolean allowCredentials();
    }

    interface Seed {
        /** Loads the Palmyra data set into an empty database at start. */
        @WithDefault("true")
        boolean enabled();
    }

    interface BootstrapAdmin {
        @WithDefault("admin")
        String username();

        /** No default: production has no well-known password. */
        Optional<String> password();
    }

    /** PostgreSQL connection parts used by the postgres profile's JDBC URL. */
    interface Db {
        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("5432")
        int port();

        @WithDefault("registry")
        String name();

        @WithDefault("postgres")
        String user();

        Optional<String> password();
    }
}
