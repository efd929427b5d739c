package org.heritageregistry.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Applies the contract's conventions to every operation at build time, in one place instead of
 * on each resource method: the responses that follow from what an operation is (see
 * {@link #derivedResponses}), the responses any operation can give (401 for wrong credentials,
 * 406, 500), optional credentials on public reads, and bounds on strings the annotations cannot
 * reach (headers, formatted strings). A resource method annotates only what is its own: its
 * success responses and the errors particular to it (409, 422 for a registry rule).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractConventions implements OASFilter {

    /** Maximum lengths of strings that carry a format, so every string in the contract is bounded. */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "uri", 2000);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(this::conventions));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::bound);
        }
    }

    private void conventions(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        derive(responses, derivedResponses(method, operation));
        addIfAbsent(responses, "401", "Unauthorized");
        addIfAbsent(responses, "406", "NotAcceptable");
        addIfAbsent(responses, "500", "InternalError");
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            // Public: anonymous callers are served; signed-in callers also see confidential sources.
            SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
            operation.setSecurity(List.of(anonymous, OASFactory.createSecurityRequirement().addScheme("basicAuth")));
        }
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
        });
    }

    /**
     * The responses that follow from what the operation is, by status code: credentials required
     * (a security requirement) give 401 and 403; a path parameter names a resource that may not
     * exist (404); query parameters and a request body can be invalid (400), and a body can be too
     * large or of the wrong media type (413, 415); an If-Match header can be stale (412); a GET
     * that answers with an ETag answers If-None-Match with 304.
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
        if (operation.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            derived.put("400", ref("BadRequest"));
        }
        if (operation.getRequestBody() != null) {
            derived.put("413", ref("PayloadTooLarge"));
            derived.put("415", ref("UnsupportedMediaType"));
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

    private static void bound(String name, Header header) {
        if (header.getRef() != null || header.getSchema() == null) {
            return;
        }
        if ("ETag".equals(name)) {
            header.getSchema().maxLength(40).pattern("^\"[0-9]+(-public)?\"$");
        }
        bound(header.getSchema());
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
