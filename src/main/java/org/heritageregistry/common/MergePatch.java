package org.heritageregistry.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading a JSON Merge Patch (RFC 7396) of a record, field by field, because a merge patch tells
 * "absent" (leave it) from {@code null} (remove it), which a Java record cannot. The shape every
 * curated record's PATCH shares (monuments, sites): unknown fields, the id, a required field set
 * to null, or a value of the wrong type are 400 problems naming the field, all of them at once.
 * Each value is converted by the feature (with the application's strict mapper, StrictJson), so
 * a patch refuses exactly what a create refuses.
 */
public final class MergePatch {

    /** What a record allows to be patched. {@code what} names the record in messages ("monument"). */
    public record Shape(String what, List<String> editable, Set<String> required, Set<String> lists) {
    }

    /** Converts one present, non-null value; throws {@link JsonMappingException} (with its path) or {@link IllegalArgumentException} when it is not valid. */
    @FunctionalInterface
    public interface Converter {
        Object convert(String field, JsonNode value, ObjectMapper json) throws java.io.IOException;
    }

    /** The fields present in a patch, each with its value (null to remove it; an empty list for a removed list). Insertion-ordered. */
    public record Fields(Map<String, Object> values) {
        public boolean has(String field) {
            return values.containsKey(field);
        }

        public Object get(String field) {
            return values.get(field);
        }

        /** The patched value when the field is present, the current one otherwise. */
        @SuppressWarnings("unchecked")
        public <T> T or(String field, T current) {
            return has(field) ? (T) get(field) : current;
        }
    }

    private MergePatch() {
    }

    public static Fields read(JsonNode body, ObjectMapper json, Shape shape, Converter converter) {
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
                errors.add(new ApiProblem.FieldError("id", "the id of a " + shape.what() + " never changes; it cannot be patched"));
            } else if (!shape.editable().contains(field)) {
                errors.add(new ApiProblem.FieldError(field, "unknown field; the allowed fields are " + String.join(", ", shape.editable())));
            } else if (value.isNull()) {
                if (shape.required().contains(field)) {
                    errors.add(new ApiProblem.FieldError(field, "cannot be removed"));
                } else {
                    values.put(field, shape.lists().contains(field) ? List.of() : null);
                }
            } else {
                try {
                    values.put(field, converter.convert(field, value, json));
                } catch (ProblemException e) {
                    if (e.errors() == null) {
                        throw e;
                    }
                    errors.addAll(e.errors());
                } catch (JsonMappingException e) {
                    errors.add(new ApiProblem.FieldError(field + path(e), "has the wrong JSON type or an invalid value"));
                } catch (java.io.IOException | IllegalArgumentException e) {
                    errors.add(new ApiProblem.FieldError(field, "has the wrong JSON type or an invalid value"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new Fields(values);
    }

    /** A value read with the strict mapper as the given type. */
    public static <T> T as(JsonNode value, ObjectMapper json, com.fasterxml.jackson.core.type.TypeReference<T> type) throws java.io.IOException {
        return json.readerFor(type).readValue(json.treeAsTokens(value));
    }

    /** A value read with the strict mapper as the given class. */
    public static <T> T as(JsonNode value, ObjectMapper json, Class<T> type) throws java.io.IOException {
        return json.readerFor(type).readValue(json.treeAsTokens(value));
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
