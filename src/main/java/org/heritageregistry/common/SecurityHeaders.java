package org.heritageregistry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The security headers of every answer, and the Content-Security-Policy of the API (JSON: nothing
 * may load) and of the web pages (their own stylesheet, scripts and images, forms to this site); Swagger UI
 * under /q needs its scripts and gets no policy.
 *
 * <p>Quarkus's {@code quarkus.http.header.*} would set them, but each as a route with a path (even
 * the default {@code /*}): the router then decodes every request's path to match them before any
 * route of ours runs, and a path it cannot decode ({@code /%zz}) ended in a bare 400 that
 * {@link MalformedRequestRefusal} never saw. This route has no path and looks at the raw path.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Scripts from this site only (the site pages' map: Leaflet and its start-up file); inline scripts stay blocked. */
    static final String PAGES_POLICY = pagesPolicy("");

    /**
     * The pages' policy, with {@code imageSources} (space-separated CSP sources, or "") allowed as
     * images besides this site: the map's tile server, when one is configured (pages.MapTilePolicy).
     */
    public static String pagesPolicy(String imageSources) {
        String images = imageSources == null || imageSources.isBlank() ? "'self'" : "'self' " + imageSources.strip();
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src " + images + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /** First of all routes but Quarkus's own access log and timing (Integer.MIN_VALUE). */
    static final int ORDER = Integer.MIN_VALUE + 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::apply);
    }

    void apply(RoutingContext context) {
        HttpServerResponse response = context.response();
        response.putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        String path = context.request().path();
        if (path != null) {
            if (path.startsWith("/api/")) {
                response.putHeader("Content-Security-Policy", API_POLICY);
            } else if (path.startsWith("/pages/") || path.equals("/pages")) {
                response.putHeader("Content-Security-Policy", PAGES_POLICY);
            }
        }
        context.next();
    }
}
