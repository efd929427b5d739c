package org.heritageregistry.common;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request comes from, as the rate limits and the sign-in throttle count it. The TCP
 * peer, unless the peer is a proxy named in {@code registry.rate-limit.trusted-proxies}: then the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. Right-most, because each
 * proxy appends what it saw and only the entries our own proxies added are true; whatever the
 * client wrote itself stands to their left.
 */
@ApplicationScoped
public class ClientAddress {

    /** The longest textual IP address (IPv6 with an embedded IPv4): anything longer is not one, and is not kept. */
    static final int LONGEST = 45;
    /** Entries read from the right of X-Forwarded-For at most: no more proxies than this stand in front of us. */
    private static final int MOST_HOPS = 8;

    private final Set<String> trusted;

    ClientAddress(RateLimitConfig config) {
        this.trusted = config.trustedProxies().map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    public String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        String peer = remote == null ? "unknown" : remote.hostAddress();
        if (trusted.isEmpty() || !trusted.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = peer;
        for (int i = hops.length - 1, read = 0; i >= 0 && read < MOST_HOPS; i--, read++) {
            String hop = hops[i].trim();
            if (hop.isEmpty() || hop.length() > LONGEST) {
                break;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
