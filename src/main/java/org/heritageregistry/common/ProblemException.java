package org.heritageregistry.common;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * A refusal the service decides on (not found, rule broken, bad cursor...). The resource layer
 * never builds error bodies itself: everything goes through {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ApiProblem.FieldError> errors;
    private final List<ApiProblem.Candidate> candidates;

    public ProblemException(int status, String type, String title, String detail, List<ApiProblem.FieldError> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<ApiProblem.FieldError> errors, List<ApiProblem.Candidate> candidates) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.candidates = candidates;
    }

    /** The request would create a record like existing ones: 409 with them as candidates. */
    public static ProblemException similarRecords(String type, String detail, List<ApiProblem.Candidate> candidates) {
        return new ProblemException(409, type, "Similar record exists", detail, null, List.copyOf(candidates));
    }

    public List<ApiProblem.Candidate> candidates() {
        return candidates;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "about:blank", "Not Found", what + " '" + id + "' does not exist", null);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "/problems/validation", "Request validation failed",
                field + ": " + message, List.of(new ApiProblem.FieldError(field, message)));
    }

    /**
     * A body names a record that does not exist (a monument, a source, a report): the request is
     * well formed, so 422, with the field as the client sent it.
     */
    public static ProblemException unknownReference(String field, String what, Object id) {
        String message = "no " + what.toLowerCase(java.util.Locale.ROOT) + " has this id";
        return new ProblemException(422, "/problems/unknown-reference", "Unknown reference",
                field + ": " + what + " '" + id + "' does not exist", List.of(new ApiProblem.FieldError(field, message)));
    }

    /** Several invalid fields (or query parameters) at once, each with its message. */
    public static ProblemException invalidFields(List<ApiProblem.FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ProblemException(400, "/problems/validation", "Request validation failed",
                detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…", List.copyOf(errors));
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), type, "Conflict", detail, null);
    }

    public static ProblemException forbidden(String type, String title, String detail) {
        return new ProblemException(403, type, title, detail, null);
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, type, title, detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ApiProblem.FieldError> errors() {
        return errors;
    }
}
