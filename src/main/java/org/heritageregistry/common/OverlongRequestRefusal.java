package org.heritageregistry.common;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * An over-long URI (414) or header section (431) answered as a problem with the security
 * headers. The HTTP layer refuses them itself only as a bare response (HTTP/1.0, no body, no
 * headers) before any route runs, and Quarkus offers no hook into that answer; so its limits
 * (quarkus.http.limits.max-initial-line-length and max-header-size) are set higher than ours and
 * stay a backstop, and this route applies ours. Past the backstop the answer is still bare, as is a
 * request Netty cannot parse at all (a control character in a header): docs/reliability.md.
 */
@ApplicationScoped
public class OverlongRequestRefusal {

    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final HttpLayerProblems problems;

    OverlongRequestRefusal(HttpLimitsConfig config, HttpLayerProblems problems) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(EarlyBodyReader.ORDER - 2).handler(this::check);
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > maxUriLength) {
            problems.send(context, new ApiProblem("/problems/uri-too-long", "URI Too Long", 414,
                    "The request target is " + uri.length() + " characters; at most " + maxUriLength + " are accepted", shortPath(context), null), false);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            // as on the wire: "name: value" and CRLF
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            problems.send(context, new ApiProblem("/problems/headers-too-large", "Request Header Fields Too Large", 431,
                    "The request headers take " + headerBytes + " bytes; at most " + maxHeaderBytes + " are accepted", shortPath(context), null), false);
            return;
        }
        context.next();
    }

    /** The problem's instance stays within the contract's bound even when the path is what is too long. */
    private static String shortPath(RoutingContext context) {
        String path = context.request().path();
        return path == null || path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }
}
