package org.heritageregistry.common;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes a problem document from a Vert.x route, for the refusals made before the REST layer
 * (body limits and deadline, over-long URIs and headers, origins). The routes that call it run
 * after SecurityHeaders' route, so the security headers are already
 * on the response; the REST layer's exception mappers are never reached from here.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private final ObjectMapper json;

    HttpLayerProblems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Answers with the problem; {@code close} asks the client to close the connection after it
     * (Connection: close), for a request whose body is left unread.
     */
    public Future<Void> send(RoutingContext context, ApiProblem problem, boolean close) {
        if (context.response().ended() || context.response().closed()) {
            return Future.succeededFuture();
        }
        var response = context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        return response.end(write(problem));
    }

    /**
     * Answers with the problem and closes the connection, without ending the exchange the usual way:
     * ending it would let Vert.x hand the connection's next pipelined request to the routes before
     * the close, and after a malformed request those bytes must never be read as a request.
     */
    public void sendAndClose(RoutingContext context, ApiProblem problem) {
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        Buffer body = Buffer.buffer(write(problem));
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, ApiProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length()));
        context.response().write(body);
        context.response().close();
    }

    public static ApiProblem problem(String type, String title, int status, String detail, RoutingContext context) {
        return new ApiProblem(type, title, status, detail, context.request().path(), null);
    }

    private String write(ApiProblem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
