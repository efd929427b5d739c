package org.heritageregistry.common;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Which other sites a browser may call the API from. The public record is public: any origin may
 * read it, but only anonymously ({@code Access-Control-Allow-Origin: *}, never with credentials,
 * and Authorization is not among the headers a preflight allows it). Writes, and reads with
 * credentials, only from the origins an operator names (registry.cors.origins); a write from any
 * other origin is a 403 problem, before it is authenticated or read. Quarkus's CORS filter could
 * only echo every origin or name a list for all methods alike, and did not send {@code Vary:
 * Origin}, so a shared cache could hand one site's answer to another; every answer here varies by
 * Origin.
 *
 * <p>Same-origin requests (a browser sends Origin on those too) are not cross-origin and pass;
 * the pages' form posts are checked by their own filter (pages.SameOriginFormPosts), as Chromium
 * sends "Origin: null" on them.
 */
@ApplicationScoped
public class CorsPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String ALL_METHODS = "GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS";
    private static final String READ_HEADERS = "Accept,If-None-Match";
    private static final String ALL_HEADERS = "Authorization,Content-Type,Accept,If-Match,If-None-Match,Idempotency-Key";
    private static final String EXPOSED = "ETag,Location,Link,WWW-Authenticate,Idempotent-Replayed,Retry-After,RateLimit,RateLimit-Policy";

    private final List<String> trusted;
    private final boolean credentials;
    private final HttpLayerProblems problems;

    CorsPolicy(CorsConfig config, HttpLayerProblems problems) {
        this.trusted = java.util.Arrays.stream(config.origins().orElse("").split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        this.credentials = config.allowCredentials();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(EarlyBodyReader.ORDER - 3).handler(this::apply);
    }

    void apply(RoutingContext context) {
        HttpServerRequest request = context.request();
        var headers = context.response().headers();
        // the REST layer sets its own Vary (Accept, Authorization) later: merged into one field when the headers go out
        context.addHeadersEndHandler(v -> varyByOrigin(headers));
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !request.path().startsWith("/api/") || sameOrigin(origin, request)) {
            context.next();
            return;
        }
        boolean listed = trusted.contains(origin);
        String preflight = request.method() == HttpMethod.OPTIONS ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
        boolean read = preflight == null ? READS.contains(request.method()) || request.method() == HttpMethod.OPTIONS
                : READS.contains(HttpMethod.valueOf(preflight.trim().toUpperCase(java.util.Locale.ROOT)));
        if (!listed && !read) {
            problems.send(context, HttpLayerProblems.problem("/problems/origin-not-allowed", "Forbidden", 403,
                    "Writes are accepted only from the origins this service trusts; " + shorten(origin) + " is not one of them", context), false);
            return;
        }
        if (listed) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            if (credentials) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            }
        } else {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
        if (preflight != null) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, listed ? ALL_METHODS : "GET,HEAD");
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, listed ? ALL_HEADERS : READ_HEADERS);
            headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600");
            context.response().setStatusCode(200).end();
            return;
        }
        headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        context.next();
    }

    private static void varyByOrigin(io.vertx.core.MultiMap headers) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (String value : headers.getAll(HttpHeaders.VARY)) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        names.add("Origin");
        headers.set(HttpHeaders.VARY, String.join(", ", names));
    }

    /** Origin is scheme://host[:port]; a TLS proxy may change the scheme, so host and port decide. */
    static boolean sameOrigin(String origin, HttpServerRequest request) {
        var authority = request.authority();
        if (authority == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(authority.host())) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            int own = authority.port() != -1 ? authority.port() : request.isSSL() ? 443 : 80;
            return port == own || authority.port() == -1;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String shorten(String origin) {
        return origin.length() <= 100 ? origin : origin.substring(0, 100) + "…";
    }
}
