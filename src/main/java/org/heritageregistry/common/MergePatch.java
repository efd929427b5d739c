package org.heritageregistry.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What every JSON Merge Patch (RFC 7396) of a record shares, so that each record's patch (a
 * monument's, a source's) states only its own fields: reading the patch field by field (a merge
 * patch tells "absent", leave it, from {@code null}, remove it, which a Java record cannot), the
 * refusals (not an object, the id, an unknown field, a required field set to null, a value of the
 * wrong type: 400s naming the field), and the list of changes an edit is audited and kept with.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /** Reads one present, non-null value of a field; a {@link JsonMappingException} names where in the value it failed. */
    @FunctionalInterface
    public interface Converter {
        Object convert(String field, JsonNode value) throws java.io.IOException;
    }

    /** The fields present in a patch, each with its value (null to remove it). Insertion-ordered. */
    public record Fields(Map<String, Object> values) {
        public boolean has(String field) {
            return values.containsKey(field);
        }

        public Object get(String field) {
            return values.get(field);
        }

        /** The patched value of a field, or {@code current} when the patch leaves it out. */
        @SuppressWarnings("unchecked")
        public <T> T or(String field, T current) {
            return has(field) ? (T) get(field) : current;
        }
    }

    /**
     * Reads a merge patch of a record.
     *
     * @param what the record, as the id's refusal names it ("a monument")
     * @param editable the fields a patch may set
     * @param required the editable fields that cannot be removed
     * @param removed what null stands for, by field, where it is not null itself (an empty list)
     */
    public static Fields read(JsonNode body, String what, List<String> editable, Set<String> required, Map<String, Object> removed, Converter convert) {
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
                errors.add(new ApiProblem.FieldError("id", "the id of " + what + " never changes; it cannot be patched"));
            } else if (!editable.contains(field)) {
                errors.add(new ApiProblem.FieldError(field, "unknown field; the allowed fields are " + String.join(", ", editable)));
            } else if (value.isNull()) {
                if (required.contains(field)) {
                    errors.add(new ApiProblem.FieldError(field, "cannot be removed"));
                } else {
                    values.put(field, removed.get(field));
                }
            } else {
                try {
                    values.put(field, convert.convert(field, value));
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

    /** Adds the field to {@code changes} as {"from", "to"} when its value moves. */
    public static void compare(Map<String, Map<String, Object>> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
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
