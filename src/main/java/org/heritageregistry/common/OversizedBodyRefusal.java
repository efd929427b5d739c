package org.heritageregistry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A declared body over the HTTP layer's own limit gets the same 413 problem as one over
 * {@code registry.max-body-size} ({@link BodySizeLimit}), instead of the HTTP layer's bare 413:
 * this route runs first of all, on the event loop, before anything reads the body.
 */
@ApplicationScoped
public class OversizedBodyRefusal {

    private final long httpLimit;
    private final ObjectMapper json;

    OversizedBodyRefusal(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize httpLimit, ObjectMapper json) {
        this.httpLimit = httpLimit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(declared);
            if (length <= httpLimit) {
                context.next();
                return;
            }
            ApiProblem problem = BodySizeLimit.tooLarge(length, httpLimit, context.request().path());
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(write(problem));
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

    private String write(ApiProblem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
