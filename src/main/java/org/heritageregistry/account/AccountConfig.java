package org.heritageregistry.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Accounts and sign-in: the first admin, the demo accounts, password hashing and the limits on
 * failed sign-ins. docs/operations.md ("Configuration") lists every property.
 */
@ConfigMapping(prefix = "registry")
public interface AccountConfig {

    /** Creates the well-known demo accounts; only the demo and test profiles set it. */
    @WithDefault("false")
    boolean demoAccounts();

    BootstrapAdmin bootstrapAdmin();

    /**
     * bcrypt cost (log2 rounds) for new password hashes. Each sign-in pays it, so it is the price
     * of one authenticated request; tests lower it, production may raise it. Existing hashes keep
     * the cost they were made with.
     */
    @WithDefault("10")
    int passwordHashCost();

    Login login();

    interface BootstrapAdmin {
        @WithDefault("admin")
        String username();

        /** No default: production has no well-known password. */
        Optional<String> password();
    }

    /** Limits on failed sign-ins, per account. */
    interface Login {
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("PT15M")
        Duration lockout();

        /** Most usernames whose failures are counted at once; past it the least used are dropped, so made-up names cannot fill the memory. */
        @WithDefault("10000")
        int maxTrackedNames();

        /** How long a successful sign-in is remembered, so Basic credentials on every request pay bcrypt once; 0 turns it off. */
        @WithDefault("PT1M")
        Duration cacheTtl();
    }
}
