package org.heritageregistry.monument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of a monument's own record, read field by field because a merge
 * patch tells "absent" (leave it) from {@code null} (remove it), which a record cannot. Each value
 * is read with the application's strict mapper (StrictJson), so a patch refuses exactly what a
 * create refuses; the merged record is then validated as a {@link NewMonument}.
 */
@Schema(name = "MonumentPatch", description = "A JSON Merge Patch (RFC 7396) of a monument: a field left out stays as it is, null removes an optional field, "
        + "an array (names) replaces the whole list. The id never changes; name, category and siteId cannot be removed.")
public record MonumentPatch(
        @Schema(examples = "Temple of Baalshamin", maxLength = 200) String name,
        @Schema(description = "The whole list of alternate names; null or [] removes them all.", maxItems = 20, nullable = true) List<LocalizedName> names,
        MonumentCategory category,
        @Schema(maxLength = 200, nullable = true) String period,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "A WGS84 point in decimal degrees; null removes the location.", required = false,
                requiredProperties = { "latitude", "longitude" }, properties = {
                        @SchemaProperty(name = "latitude", type = SchemaType.NUMBER, minimum = "-90", maximum = "90", examples = "34.5534"),
                        @SchemaProperty(name = "longitude", type = SchemaType.NUMBER, minimum = "-180", maximum = "180", examples = "38.2699") }) GeoPoint location,
        @Schema(maxLength = 20, pattern = "^Q[1-9][0-9]*$", nullable = true) String wikidata,
        @Schema(maxLength = 20, pattern = "^[1-9][0-9]*$", nullable = true) String pleiades,
        @Schema(maxLength = 2000, nullable = true) String description,
        @Schema(description = "Moves the monument to another site (which must exist).", examples = "palmyra", maxLength = 80) String siteId) {

    /** The fields a patch may set, in the order the changes are listed. */
    static final List<String> EDITABLE = List.of("name", "names", "category", "period", "location", "wikidata", "pleiades", "description", "siteId");
    private static final Set<String> REQUIRED = Set.of("name", "category", "siteId");

    /** The fields present in a patch, each with its value (null to remove it). Insertion-ordered. */
    public record Fields(Map<String, Object> values) {
        boolean has(String field) {
            return values.containsKey(field);
        }

        Object get(String field) {
            return values.get(field);
        }
    }

    /** Reads a merge patch: unknown fields, the id, a required field set to null, or a value of the wrong type are 400 problems naming the field. */
    public static Fields read(JsonNode body, ObjectMapper json) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, "/problems/malformed-json", "Malformed JSON", "A merge patch must be a JSON object", null);
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            var entry = it.next();
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            if (field.equals("id")) {
                errors.add(new ApiProblem.FieldError("id", "the id of a monument never changes; it cannot be patched"));
            } else if (!EDITABLE.contains(field)) {
                errors.add(new ApiProblem.FieldError(field, "unknown field; the allowed fields are " + String.join(", ", EDITABLE)));
            } else if (value.isNull()) {
                if (REQUIRED.contains(field)) {
                    errors.add(new ApiProblem.FieldError(field, "cannot be removed"));
                } else {
                    values.put(field, field.equals("names") ? List.of() : null);
                }
            } else {
                try {
                    values.put(field, convert(field, value, json));
                } catch (JsonMappingException e) {
                    errors.add(new ApiProblem.FieldError(field + path(e), "has the wrong JSON type or an invalid value"));
                } catch (IllegalArgumentException e) {
                    errors.add(new ApiProblem.FieldError(field, "has the wrong JSON type or an invalid value"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Fields(values);
    }

    private static Object convert(String field, JsonNode value, ObjectMapper json) throws JsonMappingException {
        try {
            return switch (field) {
                case "names" -> json.readerFor(new TypeReference<List<LocalizedName>>() {
                }).readValue(json.treeAsTokens(value));
                case "category" -> json.readerFor(MonumentCategory.class).readValue(json.treeAsTokens(value));
                case "location" -> json.readerFor(GeoPoint.class).readValue(json.treeAsTokens(value));
                default -> json.readerFor(String.class).readValue(json.treeAsTokens(value));
            };
        } catch (JsonMappingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
