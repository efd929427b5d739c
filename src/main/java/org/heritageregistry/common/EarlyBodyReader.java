package org.heritageregistry.common;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads a request body whole on the event loop, within a deadline and the size limit, before the
 * request reaches the REST layer. Without it a blocking resource method reads its body on a worker
 * thread, so a client sending one byte every few seconds holds a worker for as long as it likes:
 * 200 such clients took every worker and the health check with them (issue 22, finding 2). Here a
 * slow body costs a connection and its buffered bytes, nothing else; a body unfinished at the
 * deadline is a 408 problem. Counting the bytes as they arrive is also what holds chunked bodies,
 * which declare no length, to registry.max-body-size (finding 4); a declared length is refused
 * before anything is read.
 *
 * <p>The REST layer takes the buffered body from the routing context instead of reading the
 * request. Form posts (the pages and their sign-in, which Quarkus's form authentication and CSRF
 * filter read themselves) and the uploaded files (a restore, a bulk import: up to registry.import-max-size, read as a stream)
 * are left to their readers. What this costs: up to max-body-size of memory per client until its
 * body is complete, bounded in all by registry.max-buffered-bodies (503 past it).
 */
@ApplicationScoped
public class EarlyBodyReader {

    /** After the header, CORS and authentication routes (Quarkus orders those lower), before the REST layer. */
    static final int ORDER = -10;
    private static final Logger LOG = Logger.getLogger(EarlyBodyReader.class);

    private final long maxBytes;
    private final long deadlineMillis;
    private final long budget;
    private final AtomicLong buffered = new AtomicLong();
    private final HttpLayerProblems problems;
    private final Vertx vertx;

    EarlyBodyReader(HttpLimitsConfig config, HttpLayerProblems problems, Vertx vertx) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.deadlineMillis = config.bodyTimeout().toMillis();
        this.budget = config.maxBufferedBodies().asLongValue();
        this.problems = problems;
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::read);
    }

    void read(RoutingContext context) {
        HttpServerRequest request = context.request();
        // a body that came whole with the headers is already read (and the REST layer has it)
        if (!hasBody(request) || leftToItsReader(context) || request.isEnded()) {
            context.next();
            return;
        }
        long declared = declaredLength(request);
        if (declared > maxBytes) {
            problems.send(context, BodySizeLimit.tooLarge(declared, maxBytes, request.path()), true);
            return;
        }
        new Body(context).start();
    }

    /** One request's body as it arrives: its bytes, its deadline, and its share of the budget. */
    private final class Body {
        private final RoutingContext context;
        private final Buffer bytes = Buffer.buffer();
        private long timer = -1;
        /** Read whole or refused: what still arrives is dropped. */
        private boolean finished;

        Body(RoutingContext context) {
            this.context = context;
        }

        void start() {
            HttpServerRequest request = context.request();
            timer = vertx.setTimer(deadlineMillis, id -> timedOut());
            request.handler(chunk -> {
                if (finished) {
                    return;
                }
                if (bytes.length() + chunk.length() > maxBytes) {
                    refuse(new ApiProblem("/problems/body-too-large", "Content Too Large", 413,
                            "The request body is over " + maxBytes + " bytes, the most accepted", request.path(), null));
                    return;
                }
                if (buffered.addAndGet(chunk.length()) > budget) {
                    buffered.addAndGet(-chunk.length());
                    context.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                    refuse(HttpLayerProblems.problem("about:blank", "Service Unavailable", 503,
                            "Too many request bodies are arriving at once; send it again later", context));
                    return;
                }
                bytes.appendBuffer(chunk);
            });
            // a closed connection is reported to the request (as an exception) and to the connection
            request.exceptionHandler(e -> hungUp());
            request.connection().closeHandler(v -> hungUp());
            request.endHandler(v -> {
                vertx.cancelTimer(timer);
                if (finished) {
                    return;
                }
                release();
                ((RoutingContextInternal) context).setBody(bytes);
                context.next();
            });
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                // the client waits for this before it sends the body
                context.response().writeContinue();
            }
            request.resume();
        }

        /**
         * Over a limit: answered at once, and the rest of the body is read and dropped until it ends
         * (or the deadline), so that the client, still sending, receives the answer; closing with
         * its bytes unread would reset the connection and lose the answer on the way.
         */
        private void refuse(ApiProblem problem) {
            release();
            problems.send(context, problem, true);
        }

        private void hungUp() {
            vertx.cancelTimer(timer);
            if (!finished) {
                // a client hanging up is the client's business: no incident, no stack trace
                LOG.debugf("Request body incomplete: the client closed the connection after %d bytes of it: %s %s", bytes.length(),
                        context.request().method(), context.request().path());
            }
            release();
        }

        /** Past the deadline the client is too slow to wait for: answer, then close the connection. */
        private void timedOut() {
            if (finished) {
                context.request().connection().close();
                return;
            }
            LOG.debugf("Request body incomplete at the deadline, after %d bytes of it: %s %s", bytes.length(), context.request().method(),
                    context.request().path());
            release();
            problems.send(context, HttpLayerProblems.problem("/problems/body-timeout", "Request Timeout", 408,
                    "The request body was not complete within " + deadlineMillis / 1000 + " s; send it again, whole", context), true)
                    .onComplete(done -> context.request().connection().close());
        }

        private void release() {
            if (finished) {
                return;
            }
            finished = true;
            buffered.addAndGet(-bytes.length());
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        if (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD || request.method() == HttpMethod.OPTIONS) {
            return false;
        }
        return declaredLength(request) > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static boolean leftToItsReader(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean form = type != null && (type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
                || type.regionMatches(true, 0, "multipart/", 0, 10));
        return form || BodySizeLimit.streamed(context.request().path());
    }

    private static long declaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
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
