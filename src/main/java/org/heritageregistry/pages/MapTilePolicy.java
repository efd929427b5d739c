package org.heritageregistry.pages;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.heritageregistry.common.SecurityHeaders;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * With a map tile server configured (registry.map.tile-url), the pages' Content-Security-Policy
 * lets images come from its origin too; without one this does nothing and the pages load images
 * from this site only. It runs right after {@link SecurityHeaders} set the policy, and like it has
 * no path of its own (a route with a path would decode every request's path first).
 */
@Singleton
public class MapTilePolicy {

    /** Just after SecurityHeaders (Integer.MIN_VALUE + 1). */
    private static final int ORDER = Integer.MIN_VALUE + 2;

    private final String policy;

    MapTilePolicy(MapConfig map) {
        this.policy = map.tileOrigin().map(SecurityHeaders::pagesPolicy).orElse(null);
    }

    void install(@Observes Router router) {
        if (policy != null) {
            router.route().order(ORDER).handler(this::apply);
        }
    }

    void apply(RoutingContext context) {
        String path = context.request().path();
        if (path != null && (path.startsWith("/pages/") || path.equals("/pages"))) {
            context.response().putHeader("Content-Security-Policy", policy);
        }
        context.next();
    }
}
