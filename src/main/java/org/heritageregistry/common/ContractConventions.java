package org.heritageregistry.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Applies the contract's conventions to every operation at build time, in one place instead of
 * on each resource method: the responses that follow from what an operation is (see
 * {@link #derivedResponses}), the responses any operation can give (401 for wrong credentials,
 * 406, 500), optional credentials on public reads, and bounds on strings the annotations cannot
 * reach (headers, formatted strings), and the rate-limit and CORS headers on every response. A resource method annotates only what is its own: its
 * success responses and the errors particular to it (409, 422 for a registry rule). Long examples
 * are files, attached by operation id (see {@link #attachExamples}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractConventions implements OASFilter {

    /** Maximum lengths of strings that carry a format, so every string in the contract is bounded. */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "uri", 2000);

    /** Ids as they appear in paths: slugs for places, UUIDs for records. */
    private static final Supplier<Schema> SLUG = () -> string().maxLength(80).pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Supplier<Schema> UUID = () -> string().format("uuid");

    /**
     * The {id} of each collection, described once for every path below it. A method that gives
     * its id a description or an example of its own keeps them.
     */
    private static final Map<String, Described> PATH_IDS = Map.of(
            "/api/v1/sites/{id}", new Described("Site id (slug).", "palmyra", SLUG),
            "/api/v1/monuments/{id}", new Described("Monument id (slug).", "temple-of-bel", SLUG),
            "/api/v1/reports/{id}", new Described("Report id.", null, UUID),
            "/api/v1/sources/{id}", new Described("Source id.", null, UUID),
            "/api/v1/conflicts/{id}", new Described("Conflict id.", null, UUID),
            "/api/v1/admin/webhooks/{id}", new Described("Subscription id.", null, UUID),
            "/api/v1/accounts/me/tokens/{id}", new Described("Token id.", null, UUID),
            "/api/v1/imports/{id}", new Described("Import job id.", null, UUID));

    /** Query and header parameters that mean the same wherever they appear. */
    private static final Map<String, Described> SHARED_PARAMETERS = Map.of(
            "asOf", new Described("The answer as the registry held it at the end of this day (UTC) or at this instant: only reports and "
                    + "decisions recorded by then count. Absent: now.", "2015-09-01", () -> string().maxLength(40)),
            "If-Match", new Described(null, null, () -> string().maxLength(100)));

    /** Response headers by name: what their values are. */
    private static final Map<String, Supplier<Schema>> HEADERS = Map.of(
            "ETag", ContractConventions::string,
            "Location", () -> string().format("uri"),
            "Link", () -> string().maxLength(4000));

    /** Where the examples live, and the file extension of each media type that has them. */
    private static final String EXAMPLES = "openapi-examples/";
    private static final Map<String, String> EXAMPLE_EXTENSIONS = Map.of("application/json", "json", "application/geo+json", "geojson",
            "application/ld+json", "jsonld", "text/csv", "csv", "application/x-ndjson", "ndjson");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How a parameter is documented: description and example unless the method gives its own, and the schema. */
    private record Described(String description, Object example, Supplier<Schema> schema) {
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            describeParameters(path, operation);
            attachExamples(operation);
            conventions(method, operation);
            operation.getResponses().getAPIResponses().values().forEach(ContractConventions::sharedHeaders);
        }));
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(ContractConventions::sharedHeaders);
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::bound);
        }
    }

    private void conventions(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        derive(responses, derivedResponses(method, operation));
        addIfAbsent(responses, "401", "Unauthorized");
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "429", "TooManyRequests");
        // refused by the HTTP layer before any operation runs (OverlongRequestRefusal)
        addIfAbsent(responses, "414", "UriTooLong");
        addIfAbsent(responses, "431", "HeadersTooLarge");
        addIfAbsent(responses, "500", "InternalError");
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public: anonymous callers are served; signed-in callers also see confidential sources.
            SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
            operation.setSecurity(List.of(anonymous, OASFactory.createSecurityRequirement().addScheme("basicAuth")));
        }
        withBearer(operation);
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("Idempotency-Key".equals(parameter.getName())) {
                    parameter.description("Makes a retry safe: a POST repeated with the same key (by the same account) returns the "
                            + "first result, marked Idempotent-Replayed, and creates nothing; the same key with another body is a 422.");
                    parameter.getSchema().maxLength(200).pattern("^[\\x21-\\x7e]{1,200}$");
                    addIfAbsent(responses, "422", "IdempotencyKeyReused");
                }
                bound(parameter.getSchema());
                if ("limit".equals(parameter.getName()) && parameter.getSchema() != null) {
                    parameter.getSchema().setFormat("int32");
                }
            }
        }
        responses.getAPIResponses().values().forEach(response -> {
            if (response.getHeaders() != null) {
                response.getHeaders().forEach(ContractConventions::bound);
            }
            boundContent(response.getContent());
        });
        if (operation.getRequestBody() != null) {
            boundContent(operation.getRequestBody().getContent());
        }
    }

    /**
     * A personal API token (bearerAuth) is accepted wherever a password is, as an alternative
     * requirement, except where the operation manages the credentials themselves: a token may not
     * issue tokens or change its account's password (account.TokenIdentityProvider).
     */
    private static void withBearer(Operation operation) {
        if (PASSWORD_ONLY.contains(operation.getOperationId())) {
            return;
        }
        List<SecurityRequirement> requirements = new java.util.ArrayList<>(operation.getSecurity());
        // admin operations name their own schemes (adminAuth, adminBearerAuth), so none shares a requirement with the others
        String bearer = requirements.stream().anyMatch(r -> r.hasScheme("adminAuth")) ? "adminBearerAuth"
                : requirements.stream().anyMatch(r -> r.hasScheme("basicAuth")) ? "bearerAuth" : null;
        if (bearer != null && requirements.stream().noneMatch(r -> r.hasScheme(bearer))) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme(bearer));
            operation.setSecurity(requirements);
        }
    }

    /** Operations that take the account's password and no token. */
    private static final java.util.Set<String> PASSWORD_ONLY = java.util.Set.of("createMyToken", "changeMyPassword");

    /**
     * The responses that follow from what the operation is, by status code: credentials required
     * (a security requirement) give 401 and 403; a path parameter names a resource that may not
     * exist (404); every operation can be refused as invalid (400), if only for a query parameter
     * it does not take or one given twice ({@link StrictQueryParameters}), besides bad values and
     * bodies; a body can be too large, too slow or of the wrong media type (413, 408, 415) or wait
     * on other clients' (503); a write can come from an untrusted browser origin (403); an If-Match header can
     * be stale (412); a GET that answers with an ETag answers If-None-Match with 304.
     */
    private static Map<String, APIResponse> derivedResponses(PathItem.HttpMethod method, Operation operation) {
        Map<String, APIResponse> derived = new TreeMap<>();
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            derived.put("401", ref("Unauthorized"));
            derived.put("403", ref("Forbidden"));
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            derived.put("404", ref("NotFound"));
        }
        derived.put("400", ref("BadRequest"));
        if (operation.getRequestBody() != null) {
            // a body is read before the operation runs (EarlyBodyReader): within a deadline, and
            // within a budget shared by all clients
            derived.put("408", ref("RequestTimeout"));
            derived.put("413", ref("PayloadTooLarge"));
            derived.put("415", ref("UnsupportedMediaType"));
            derived.put("503", ref("BodiesBusy"));
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            // a write from a browser on an origin the service does not trust (CorsPolicy)
            derived.putIfAbsent("403", ref("Forbidden"));
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))) {
            derived.put("412", ref("PreconditionFailed"));
        }
        if (method == PathItem.HttpMethod.GET && answersWithETag(operation.getResponses())) {
            derived.put("304", OASFactory.createAPIResponse().description("Not modified since the ETag in If-None-Match."));
        }
        return derived;
    }

    private static boolean answersWithETag(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getHeaders() != null && e.getValue().getHeaders().containsKey("ETag"));
    }

    /**
     * Adds the derived responses the method does not state itself and orders the operation's own
     * responses by status code; the conventions every operation shares follow them.
     */
    private static void derive(APIResponses responses, Map<String, APIResponse> derived) {
        Map<String, APIResponse> own = new TreeMap<>(responses.getAPIResponses());
        derived.forEach(own::putIfAbsent);
        new LinkedHashMap<>(responses.getAPIResponses()).keySet().forEach(responses::removeAPIResponse);
        own.forEach(responses::addAPIResponse);
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static void addIfAbsent(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }

    /** Replaces each parameter the conventions describe with its full description, in the order the annotations would give. */
    private static void describeParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.setParameters(operation.getParameters().stream().map(parameter -> {
            Described described = parameter.getIn() == Parameter.In.PATH ? pathId(path, parameter) : SHARED_PARAMETERS.get(parameter.getName());
            return described == null ? parameter : describe(parameter, described);
        }).toList());
    }

    private static Described pathId(String path, Parameter parameter) {
        if (!"id".equals(parameter.getName())) {
            return null;
        }
        return PATH_IDS.entrySet().stream().filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("No description of {id} in " + path + ": add its collection to PATH_IDS"));
    }

    private static Parameter describe(Parameter parameter, Described described) {
        Parameter full = OASFactory.createParameter();
        String description = parameter.getDescription() != null ? parameter.getDescription() : described.description();
        if (description != null) {
            full.setDescription(description);
        }
        Object example = parameter.getExample() != null ? parameter.getExample() : described.example();
        if (example != null) {
            full.setExample(example);
        }
        full.schema(described.schema().get()).name(parameter.getName()).in(parameter.getIn());
        if (parameter.getRequired() != null) {
            full.setRequired(parameter.getRequired());
        }
        return full;
    }

    /**
     * Gives each example that the annotations name without a value (an {@code @ExampleObject} with
     * a name and a summary only) the content of its file on the class path:
     * openapi-examples/{operationId}.{request|status}.{example name}.{extension of the media type},
     * e.g. getMonument.200.temple-of-bel.geojson. JSON files become structured values, as a JSON
     * value in an annotation does; a CSV file becomes a string with RFC 4180 line ends (CRLF), so
     * the file may be kept with LF. A missing file fails the build.
     */
    private static void attachExamples(Operation operation) {
        if (operation.getRequestBody() != null) {
            attachExamples(operation.getOperationId(), "request", operation.getRequestBody().getContent());
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> attachExamples(operation.getOperationId(), code, response.getContent()));
    }

    private static void attachExamples(String operationId, String where, Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((mediaType, media) -> {
            if (media.getExamples() == null) {
                return;
            }
            media.getExamples().forEach((name, example) -> {
                if (example.getRef() == null && example.getValue() == null && example.getExternalValue() == null) {
                    String extension = EXAMPLE_EXTENSIONS.get(mediaType);
                    if (extension == null) {
                        throw new IllegalStateException("Example " + name + " of " + operationId + ": no example files for " + mediaType);
                    }
                    example.setValue(exampleValue(operationId + "." + where + "." + name + "." + extension, extension));
                }
            });
        });
    }

    private static Object exampleValue(String file, String extension) {
        try (InputStream in = ContractConventions.class.getClassLoader().getResourceAsStream(EXAMPLES + file)) {
            if (in == null) {
                throw new IllegalStateException("The example " + EXAMPLES + file + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if ("ndjson".equals(extension)) {
                return text; // a file of JSON lines is a string, not one JSON value
            }
            return "csv".equals(extension) ? text.replace("\r\n", "\n").replace("\n", "\r\n") : JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The example " + EXAMPLES + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headers any response may carry, whatever the operation: the caller's rate limit
     * ({@link RateLimits}) and CORS's allowed origin. Declared once under components/headers and
     * referred to from each response, so that a client generator and the linters see them on
     * every operation. A response that is itself a reference gets them where it is defined.
     */
    private static void sharedHeaders(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        for (String name : SHARED_HEADERS) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, OASFactory.createHeader().ref(name));
            }
        }
    }

    private static final List<String> SHARED_HEADERS = List.of("RateLimit", "RateLimit-Policy", "Access-Control-Allow-Origin");

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static void bound(String name, Header header) {
        if (header.getRef() != null) {
            return;
        }
        if (header.getSchema() == null && HEADERS.containsKey(name)) {
            header.setSchema(HEADERS.get(name).get());
        }
        if (header.getSchema() == null) {
            return;
        }
        if ("ETag".equals(name)) {
            header.getSchema().maxLength(40).pattern("^\"[0-9]+(-public)?\"$");
        }
        bound(header.getSchema());
    }

    private static void boundContent(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> bound(media.getSchema()));
        }
    }

    private static void bound(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            // A $ref with sibling keywords: the siblings are ignored in OpenAPI 3.0 and only confuse linters.
            schema.setType(null);
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null) {
            Integer length = schema.getFormat() == null ? null : FORMAT_LENGTHS.get(schema.getFormat());
            if (length != null) {
                schema.setMaxLength(length);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ContractConventions::bound);
        }
        if (schema.getItems() != null) {
            bound(schema.getItems());
        }
    }
}
