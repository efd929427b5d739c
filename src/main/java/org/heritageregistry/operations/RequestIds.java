package org.heritageregistry.operations;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Gives every request an id, logged on each line it causes (MDC key {@code requestId}) and returned
 * in {@code X-Request-Id}, so an operator can follow one request through the log and a client can
 * quote it. A well-formed id sent by a proxy or client is kept; anything else is replaced, so a
 * header cannot inject text into the log. Installed as an HTTP filter, ahead of authentication,
 * so sign-in failures carry the id too.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Before authentication (which Quarkus runs as a later filter) and everything else. */
    private static final int PRIORITY = 10_000;

    /**
     * A random version-4 UUID from the thread's own generator: an id to follow a request, not a
     * secret, so it need not pay for (and queue on) the shared SecureRandom of UUID.randomUUID().
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    void install(@Observes Filters filters) {
        filters.register(context -> {
            String sent = context.request().getHeader(HEADER);
            String id = sent != null && WELL_FORMED.matcher(sent).matches() ? sent : newId();
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(done -> MDC.remove(MDC_KEY));
            context.next();
        }, PRIORITY);
    }
}
