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

    /**
     * Limits on failed sign-ins ({@link LoginThrottle}): counted per name and address, per address
     * and per name, each with its own allowance, then answered with exponentially growing delays.
     * An address the account signed in from before is never delayed.
     */
    interface Login {
        /** Failures of one name from one address before delays start. */
        @WithDefault("5")
        int maxFailures();

        /** Failures from one address, whatever the names, before that address is delayed (password spraying). */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /**
         * Failures of one name from addresses it never signed in from before that name is delayed
         * from all of them (a guessing attack spread over many addresses); NIST SP 800-63B allows at
         * most 100 consecutive failures per account.
         */
        @WithDefault("100")
        int maxFailuresPerName();

        /** How long failures are remembered after the last one, or after its delay ends. */
        @WithDefault("PT15M")
        Duration window();

        /** The first delay; each further failure doubles it. */
        @WithDefault("PT1S")
        Duration firstDelay();

        /** The longest delay. */
        @WithDefault("PT15M")
        Duration maxDelay();

        /** Most failure counters (name-and-address, address, name) kept at once; past it the least used are dropped, so made-up names cannot fill the memory. */
        @WithDefault("10000")
        int maxTrackedNames();

        /** Most (account, address) pairs remembered as known, i.e. signed in from successfully. */
        @WithDefault("20000")
        int maxKnownAddresses();

        /** How long an address stays known after the account last signed in from it. */
        @WithDefault("P30D")
        Duration knownAddressTtl();

        /** How long a successful sign-in is remembered, so Basic credentials on every request pay bcrypt once; 0 turns it off. */
        @WithDefault("PT1M")
        Duration cacheTtl();
    }
}
