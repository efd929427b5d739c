package org.heritageregistry.common;

import java.security.Principal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests per client, so that no one caller can take the service for itself: a token bucket
 * (Bucket4j) per signed-in account, and one per address for anonymous callers (the address as
 * {@link ClientAddress} sees it). Every answer says where the caller stands in the IETF draft's
 * terms (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "account";q=600;w=60}
 * and {@code RateLimit: "account";r=599;t=1}; an empty bucket answers 429 with a problem and
 * {@code Retry-After}.
 *
 * <p>Runs after authentication, so an account is known; a request with wrong credentials never
 * gets here (the sign-in throttle, account.LoginThrottle, slows those). The buckets live in a
 * Caffeine cache bounded in size and idle time, so made-up addresses cannot grow it: a bucket
 * idle for a whole period would be full again anyway, so dropping it loses nothing. Kept per
 * instance, like the sign-in throttle: behind a load balancer each instance allows the quota.
 */
public class RateLimits {

    /** Where the filter leaves the probe for the response filter. */
    private static final String PROBE = RateLimits.class.getName() + ".probe";
    private static final String POLICY = RateLimits.class.getName() + ".policy";

    private record Policy(String name, long quota, Duration window) {

        String header() {
            return "\"" + name + "\";q=" + quota + ";w=" + Math.max(1, window.toSeconds());
        }
    }

    private final boolean enabled;
    private final Policy account;
    private final Policy anonymous;
    private final ClientAddress clientAddress;
    private final Cache<String, Bucket> buckets;

    RateLimits(RateLimitConfig config, ClientAddress clientAddress) {
        this.enabled = config.enabled();
        this.account = new Policy("account", config.accountRequests(), config.accountPeriod());
        this.anonymous = new Policy("anonymous", config.anonymousRequests(), config.anonymousPeriod());
        this.clientAddress = clientAddress;
        Duration longest = config.accountPeriod().compareTo(config.anonymousPeriod()) > 0 ? config.accountPeriod() : config.anonymousPeriod();
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxClients()).expireAfterAccess(longest).build();
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http, UriInfo uri) {
        if (!enabled) {
            return null;
        }
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        Policy policy = principal != null ? account : anonymous;
        // keys keep apart an account and an address that happen to read the same
        String key = principal != null ? "account\0" + principal.getName() : "address\0" + clientAddress.of(http);
        Bucket bucket = buckets.get(key, k -> newBucket(policy));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        request.setProperty(PROBE, probe);
        request.setProperty(POLICY, policy);
        if (probe.isConsumed()) {
            return null;
        }
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        Response.ResponseBuilder refused = Response.status(429).type(ApiProblem.MEDIA_TYPE).header("Retry-After", retryAfter)
                .entity(new ApiProblem("/problems/rate-limited", "Too Many Requests", 429,
                        "More than " + policy.quota() + " requests in " + policy.window().toSeconds() + " s from this "
                                + (principal != null ? "account" : "address") + "; try again in " + retryAfter + " s.",
                        "/" + uri.getPath().replaceFirst("^/", ""), null));
        return refused.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(PROBE) instanceof ConsumptionProbe probe) || !(request.getProperty(POLICY) instanceof Policy policy)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("RateLimit-Policy", policy.header());
        headers.putSingle("RateLimit", "\"" + policy.name() + "\";r=" + probe.getRemainingTokens() + ";t=" + seconds(probe.getNanosToWaitForReset()));
    }

    private static Bucket newBucket(Policy policy) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()).build())
                .build();
    }

    /** Whole seconds, rounded up: a client told 0 would come back at once and be refused again. */
    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
    }
}
