package org.heritageregistry.common;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per client: per account for signed-in callers, per address for anonymous ones
 * ({@link RateLimits}), and which proxies may name the client's address ({@link ClientAddress}).
 * docs/operations.md ("Configuration") lists every property.
 */
@ConfigMapping(prefix = "registry.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a signed-in account may make per {@link #accountPeriod()}. */
    @WithDefault("600")
    long accountRequests();

    @WithDefault("PT1M")
    Duration accountPeriod();

    /** Requests an anonymous caller may make per {@link #anonymousPeriod()}, counted per client address. */
    @WithDefault("300")
    long anonymousRequests();

    @WithDefault("PT1M")
    Duration anonymousPeriod();

    /**
     * Most clients (accounts and addresses) whose buckets are kept at once; past it the least used
     * go first. A bucket also goes once it has been idle for a full period (it would be full again).
     */
    @WithDefault("20000")
    int maxClients();

    /**
     * Addresses of reverse proxies whose X-Forwarded-For is believed, comma-separated. Absent (the
     * default): the header is ignored and the client is the TCP peer, so a client cannot pick its
     * own address. One string rather than a list, so that it is one row of the configuration table.
     */
    Optional<String> trustedProxies();
}
