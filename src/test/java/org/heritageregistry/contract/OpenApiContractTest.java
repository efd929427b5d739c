package org.heritageregistry.contract;

import static org.heritageregistry.support.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.heritageregistry.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract is what the service serves, and every operation in it is documented.
 * (CI also fails when the build's regenerated openapi/openapi.yaml differs from the committed one.)
 */
@QuarkusTest
@DatabaseIndependent("the served contract and its documentation")
class OpenApiContractTest {

    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    JsonNode committed() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    @Test
    void servedContractEqualsTheCommittedFile() throws IOException {
        JsonNode served = new ObjectMapper().readTree(io.restassured.RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        assertEquals(committed(), served);
    }

    @Test
    void everyOperationHasIdSummaryTagsAndErrorResponses() throws IOException {
        JsonNode doc = committed();
        List<String> problems = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode o = op.getValue();
            if (!o.hasNonNull("operationId")) problems.add(name + " has no operationId");
            if (!o.hasNonNull("summary")) problems.add(name + " has no summary");
            if (!o.hasNonNull("description")) problems.add(name + " has no description");
            if (!o.has("tags") || o.get("tags").isEmpty()) problems.add(name + " has no tags");
            boolean documentsAnError = false;
            for (var it = o.get("responses").fieldNames(); it.hasNext();) {
                documentsAnError |= it.next().startsWith("4");
            }
            if (!documentsAnError) problems.add(name + " documents no 4xx response");
            if (op.getKey().equals("post") && !o.has("security")) problems.add(name + " has no security requirement");
        }));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void swaggerUiIsServed() {
        io.restassured.RestAssured.given().accept("text/html").get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void contractDescribesTheProblemSchema() throws IOException {
        JsonNode problem = committed().at("/components/schemas/Problem/properties");
        for (String field : List.of("type", "title", "status", "detail", "instance", "errors")) {
            assertFalse(problem.path(field).isMissingNode(), field);
        }
    }
}
