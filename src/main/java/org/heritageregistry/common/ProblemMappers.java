package org.heritageregistry.common;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem. Messages name JSON fields as the client sent
 * them and never carry class names, stack traces or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The same realm as quarkus.http.auth.realm. */
    static final String REALM = "heritage-registry";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new ApiProblem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors(), e.candidates()));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<ApiProblem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiProblem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(ApiProblem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(new ApiProblem("/problems/validation", "Request validation failed", 400, detail, path(uri), errors));
    }

    /** Registered for the narrow Jackson types too, so that Quarkus's built-in empty-body mappers never win. */
    @ServerExceptionMapper({ MismatchedInputException.class, JsonParseException.class, JsonProcessingException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return fieldProblem(uri, field, "unknown field; the allowed fields are listed in the API contract");
        }
        if (e instanceof InvalidFormatException invalid) {
            String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? " (allowed: " + enumValues(invalid.getTargetType()) + ")"
                    : "";
            return fieldProblem(uri, jsonPath(invalid), "value '" + shorten(invalid.getValue()) + "' is not valid" + allowed);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return fieldProblem(uri, jsonPath(mapping), "has the wrong JSON type");
        }
        if (e instanceof MismatchedInputException) {
            return respond(new ApiProblem("/problems/malformed-json", "Malformed JSON", 400,
                    "The request body must be a JSON object", path(uri), null));
        }
        return respond(new ApiProblem("/problems/malformed-json", "Malformed JSON", 400,
                "The request body is not well-formed JSON" + location(e), path(uri), null));
    }

    /** Wrong credentials: the Basic mechanism has already added its WWW-Authenticate challenge. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, io.vertx.core.http.HttpServerRequest request) {
        OptionalLong delay = SignInDelay.retryAfter(e);
        if (delay.isPresent()) {
            // not 401: the password was not checked, and trying again later is what helps
            return Response.status(429).type(ApiProblem.MEDIA_TYPE).header("Retry-After", delay.getAsLong())
                    .entity(new ApiProblem("/problems/sign-in-delayed", "Too Many Requests", 429,
                            "Too many failed sign-ins for this account or from this address; try again in "
                                    + delay.getAsLong() + " s. An address the account signed in from before is never delayed.",
                            path(uri), null))
                    .build();
        }
        if (uri.getPath().startsWith("/pages/")) {
            // a failed sign-in on the web pages' form (or a session for an account since disabled):
            // back to the sign-in page with the reason, as the form mechanism's own challenge says
            return Response.status(302).location(URI.create("/pages/login?failed=true")).build();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // the HTTP layer challenged with the first of the API's mechanisms (Basic); a token's caller
            // is told of the token too (RFC 6750, section 3). Both challenges in one header (RFC 9110
            // allows a list): the released contract pins the header to start with the Basic challenge.
            request.response().headers().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            return unauthorized(uri, "The API token is unknown, expired or revoked, or its account is disabled.").build();
        }
        return unauthorized(uri, "The credentials sent are wrong, or the account is disabled.").build();
    }

    /** No credentials for an operation that needs them: challenge the client. */
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "This operation needs credentials (HTTP Basic).")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"").build();
    }

    private static Response.ResponseBuilder unauthorized(UriInfo uri, String detail) {
        return Response.status(401).type(ApiProblem.MEDIA_TYPE).entity(new ApiProblem("about:blank", "Unauthorized", 401, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new ApiProblem("about:blank", "Forbidden", 403,
                "Your account does not have the role this operation needs.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status == 400 && e.getClass() == jakarta.ws.rs.BadRequestException.class && e.getCause() == null) {
            // Quarkus REST reports an empty or truncated JSON body this way, with no cause attached.
            return respond(new ApiProblem("/problems/malformed-json", "Malformed JSON", 400,
                    "The request body is empty or not well-formed JSON", path(uri), null));
        }
        if (status < 400) {
            return e.getResponse();
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "The resource cannot be represented in an accepted media type";
            case 413 -> "The request body is larger than the configured limit";
            case 415 -> "Send the request body as application/json";
            default -> family == Response.Status.Family.SERVER_ERROR ? "The server could not complete the request" : type.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.status(status).type(ApiProblem.MEDIA_TYPE)
                .entity(new ApiProblem("about:blank", type.getReasonPhrase(), status, detail, path(uri), null));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (clientHungUp(e)) {
            // nobody is left to answer, and nothing failed here: an ERROR with a stack trace per
            // closed connection (200 of them in one test) would bury the incidents that matter
            LOG.debugf("Client closed the connection mid-request: %s", e);
            return Response.status(400).build();
        }
        if (waitedTooLongForALock(e)) {
            // nothing was written (the transaction rolled back) and the same request can succeed a
            // moment later: a busy service, not a failure of this one (a burst on one monument on H2)
            LOG.debugf("A write waited too long for a lock: %s", e);
            return Response.status(503).type(ApiProblem.MEDIA_TYPE).header("Retry-After", 1)
                    .entity(new ApiProblem("about:blank", "Service Unavailable", 503,
                            "Other writes held what this request writes for too long; nothing was saved. Send it again after Retry-After seconds",
                            path(uri), null))
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(new ApiProblem("about:blank", "Internal Server Error", 500,
                "The server could not complete the request (incident " + incident + ")", path(uri), null));
    }

    /** A lock the database gave up waiting for (H2's LOCK_TIMEOUT), or a deadlock it broke by rolling this transaction back. */
    static boolean waitedTooLongForALock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Hibernate's own PessimisticLockException shares the JPA one's name
            if (cause instanceof LockTimeoutException || cause instanceof PessimisticLockException
                    || cause instanceof org.hibernate.PessimisticLockException || cause instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    /** A client that closed its connection: what reading its body or writing to it reports. */
    static boolean clientHungUp(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof java.io.IOException && message != null
                    && (message.contains("Connection reset") || message.contains("Broken pipe") || message.contains("Connection was closed"))) {
                return true;
            }
        }
        return false;
    }

    /** A rejected value is echoed only in part: problem texts stay within the contract's bounds. */
    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static Response fieldProblem(UriInfo uri, String field, String message) {
        return respond(new ApiProblem("/problems/validation", "Request validation failed", 400,
                field + ": " + message, path(uri), List.of(new ApiProblem.FieldError(field, message))));
    }

    private static Response respond(ApiProblem problem) {
        return Response.status(problem.status()).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String enumValues(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(JsonEnums.jsonName((Enum<?>) constant));
        }
        return String.join(", ", names);
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (out.isEmpty()) {
            return "(body)";
        }
        // the client chose the names: a path is named within the contract's bound (FieldError.field, 200)
        return out.length() <= MAX_FIELD ? out.toString() : out.substring(0, MAX_FIELD - 1) + "…";
    }

    /** FieldError.field's maxLength in the contract. */
    private static final int MAX_FIELD = 200;

    /**
     * Drops the Java method and parameter nodes of a violation path: a query parameter keeps its
     * own name, a body keeps only the JSON path inside it.
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        Iterator<Path.Node> it = nodes.iterator();
        String parameter = null;
        StringBuilder out = new StringBuilder();
        while (it.hasNext()) {
            Path.Node node = it.next();
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (out.isEmpty()) {
            return parameter == null ? "(body)" : parameter;
        }
        return out.toString();
    }
}
