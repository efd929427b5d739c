package org.heritageregistry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A declared body over the HTTP layer's own limit gets the same 413 problem as one over
 * {@code registry.max-body-size} ({@link BodySizeLimit}), instead of the HTTP layer's bare 413:
 * this route runs on the event loop before anything reads the body ({@link EarlyBodyReader} then
 * holds undeclared lengths and slow senders to the limits).
 */
@ApplicationScoped
public class OversizedBodyRefusal {

    private final long httpLimit;
    private final HttpLayerProblems problems;

    OversizedBodyRefusal(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize httpLimit, HttpLayerProblems problems) {
        this.httpLimit = httpLimit.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        // after Quarkus's header routes (order MIN_VALUE), so the refusal carries the security headers
        router.route().order(EarlyBodyReader.ORDER - 1).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(declared);
            if (length <= httpLimit) {
                context.next();
                return;
            }
            ApiProblem problem = BodySizeLimit.tooLarge(length, httpLimit, context.request().path());
            problems.send(context, problem, true);
        });
    }

    private static long parse(String declared) {
        if (declared == null) {
            return -1;
        }
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
