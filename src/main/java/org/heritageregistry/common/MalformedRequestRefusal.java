package org.heritageregistry.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request target that is not a URI (an unparseable percent escape such as {@code %zz}) or a
 * header that is not a header (a control character in its value, a separator in its name) answered
 * as a 400 problem with the security headers, before any other route of the service runs.
 *
 * <p>Netty and Quarkus check both themselves, but answer with a bare status line that no route can
 * change (Vert.x's {@code invalidRequestHandler} is not reachable through Quarkus). So the service
 * starts with their checks switched off ({@link #SYSTEM_PROPERTIES}, set by
 * {@code operations.RegistryMain} and by the test configuration) and this route, which is the first
 * to run, applies the same rules. It closes the connection after answering: with the header check
 * left to us, Netty may have framed the request's body differently from a proxy in front, and bytes
 * after a malformed request must never be read as the next request.
 */
@ApplicationScoped
public class MalformedRequestRefusal {

    /**
     * Netty's header check (read once, when Vert.x's {@code HttpHeaders} class loads) and Quarkus's URI
     * check: both answer bare, so this route replaces them.
     */
    public static final Map<String, String> SYSTEM_PROPERTIES = Map.of(
            "vertx.disableHttpHeadersValidation", "true",
            "vertx.disableURIValidation", "true");

    /** Right after {@link SecurityHeaders}, before every other route. */
    static final int ORDER = SecurityHeaders.ORDER + 1;

    private final HttpLayerProblems problems;

    MalformedRequestRefusal(HttpLayerProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // no route before this one has a path: matching one decodes the path, which throws on a bad
        // escape and ends in the router's bare 400 (see SecurityHeaders)
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        String problem = targetProblem(context.request().uri());
        if (problem == null) {
            problem = headerProblem(context);
        }
        if (problem == null) {
            context.next();
            return;
        }
        refuse(context, problem);
    }

    private void refuse(RoutingContext context, String problem) {
        problems.sendAndClose(context, new ApiProblem("/problems/malformed-request", "Malformed Request", 400, problem, null, null));
    }

    /** What Quarkus's own check (java.net.URI) refuses, with the reason a client can act on. */
    static String targetProblem(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "The request has no target";
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return "The request target is not a valid URI: " + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "; percent-encode reserved and non-ASCII characters (RFC 3986)";
        }
    }

    private static String headerProblem(RoutingContext context) {
        for (Map.Entry<String, String> header : context.request().headers()) {
            String name = header.getKey();
            if (!isToken(name)) {
                return "A header name may hold only the token characters of RFC 9110 (letters, digits and !#$%&'*+-.^_`|~); one does not";
            }
            if (!isFieldValue(header.getValue())) {
                return "The value of the header " + name + " holds a control character; header values may hold only visible characters, spaces and tabs (RFC 9110)";
            }
        }
        return null;
    }

    /** RFC 9110 section 5.6.2: token = 1*tchar. */
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 section 5.5: visible characters, space, tab and obs-text; no other control character. */
    static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
