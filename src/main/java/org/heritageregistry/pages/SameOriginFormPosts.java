package org.heritageregistry.pages;

import java.net.URI;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a POST to the pages that a browser says came from another site. The forms also carry
 * CSRF tokens, but the sign-in form posts to Quarkus's form authentication, which runs before the
 * REST layer that checks tokens; checking where the browser says the POST comes from closes that
 * gap, against login CSRF too. A POST that says nothing (curl, old browsers) is left to the tokens.
 */
@Singleton
public class SameOriginFormPosts {

    /** Ahead of authentication, which would otherwise sign the forged request in first. */
    private static final int PRIORITY = 9_000;

    void install(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && context.normalizedPath().startsWith("/pages/") && !fromThisSite(context)) {
            context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("This form was sent from another site. Open the page on this site and send it again.");
            return;
        }
        context.next();
    }

    /**
     * Browsers say where a request comes from in Sec-Fetch-Site, which a page cannot forge; it is
     * what decides when present. Origin is the fallback, and cannot decide alone: under this
     * service's Referrer-Policy (no-referrer) Chromium sends "Origin: null" even on a same-origin
     * form POST.
     */
    static boolean fromThisSite(RoutingContext context) {
        String site = context.request().getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        var authority = context.request().authority();
        return sameOrigin(context.request().getHeader("Origin"), authority == null ? null : authority.toString());
    }

    /** Origin is scheme://host[:port]; a TLS proxy may change the scheme, so the host and port decide. */
    static boolean sameOrigin(String origin, String authority) {
        if (origin == null) {
            return true;
        }
        if (authority == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || authority.equalsIgnoreCase(host + ":80") || authority.equalsIgnoreCase(host + ":443")
                    || host.equalsIgnoreCase(authority.replaceFirst(":(80|443)$", "")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
