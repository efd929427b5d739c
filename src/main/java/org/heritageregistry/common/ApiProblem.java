package org.heritageregistry.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; the body of every 4xx and 5xx response. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record ApiProblem(
        @Schema(description = "URI reference naming the problem type.", examples = "/problems/validation", maxLength = 200) String type,
        @Schema(description = "Short summary of the problem type.", examples = "Request validation failed", maxLength = 200) String title,
        @Schema(description = "HTTP status code.", examples = "400", minimum = "400", maximum = "599") int status,
        @Schema(description = "What went wrong with this request.", examples = "eventDate: month 13 in '2015-13-01' is not a month", maxLength = 2000) String detail,
        @Schema(description = "The request path the problem occurred on.", examples = "/api/v1/reports", maxLength = 2000) String instance,
        @Schema(description = "The offending fields, named as the client sent them (validation problems only).", maxItems = 100) List<FieldError> errors,
        @Schema(description = "Existing records the request may duplicate (409 similar-record problems only): cite one, or insist.", maxItems = 20)
        List<Candidate> candidates) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ApiProblem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    @Schema(name = "Candidate", description = "An existing record a request may duplicate.")
    public record Candidate(
            @Schema(examples = "3f4983da-21b7-4fd9-9914-35a06c333d8d", maxLength = 80, required = true) String id,
            @Schema(examples = "Maamoun Abdulkarim, Directorate-General of Antiquities and Museums (DGAM)", maxLength = 200, required = true) String name,
            @Schema(examples = "/api/v1/sources/3f4983da-21b7-4fd9-9914-35a06c333d8d", maxLength = 200, required = true) String href) {
    }

    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Schema(description = "JSON path of the field as sent, or the query parameter name.", examples = "evidence[0].kind", maxLength = 200) String field,
            @Schema(description = "Why the value was refused.", examples = "must not be null", maxLength = 500) String message) {

        /** The contract's bounds on field and message. */
        static final int MAX_FIELD = 200;
        static final int MAX_MESSAGE = 500;

        /**
         * A client chooses the names in a body (an unknown member of a boundary, of a patch), so every
         * error is held within the contract's bounds here, whoever builds it: the contract fuzzer
         * found a 500-character member name of a site's boundary echoed whole.
         */
        public FieldError {
            field = cut(field, MAX_FIELD);
            message = cut(message, MAX_MESSAGE);
        }

        private static String cut(String text, int max) {
            return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
