package org.heritageregistry.common;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Applies the contract's conventions to every operation at build time, in one place instead of
 * on each resource method: the responses any operation can give (401 for wrong credentials, 406,
 * 500), optional credentials on public reads, and bounds on strings the annotations cannot reach
 * (headers, formatted strings).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractConventions implements OASFilter {

    /** Maximum lengths of strings that carry a format, so every string in the contract is bounded. */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "uri", 2000);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::conventions));
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractConventions::bound);
        }
    }

    private void conventions(Operation operation) {
        APIResponses responses = operation.getResponses();
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
