package org.heritageregistry.support;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * REST Assured filters that check each exchange against the committed openapi/openapi.yaml: a
 * response the contract does not describe fails the test.
 */
public final class Contract {

    static final String SPEC = Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString();

    /** Request and response must both match the contract. */
    public static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    /**
     * The validator behind {@link #RESPONSES_ONLY}, for callers that want the report rather than an
     * exception (the contract fuzz test collects every failure of a run).
     */
    public static final OpenApiInteractionValidator RESPONSE_VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
            .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build();

    /** Only the response is checked: for requests that are invalid on purpose. */
    public static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(RESPONSE_VALIDATOR);

    private Contract() {
    }
}
