package org.heritageregistry.account;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of an account, as an admin sends it: its roles (the whole list) and
 * whether it is disabled. Read field by field as {@code monument.MonumentPatch} reads a monument's,
 * with the application's strict mapper, so a wrong type or an unknown role is a 400 naming the field.
 */
@Schema(name = "AccountPatch", description = "A JSON Merge Patch (RFC 7396) of an account: roles replaces the whole list, disabled disables or enables it. "
        + "A field left out stays as it is; neither can be null. The username and the password cannot be patched.")
public record AccountPatch(
        @Schema(minItems = 1, maxItems = 3, uniqueItems = true, examples = "[\"reviewer\", \"curator\"]") List<AccountRole> roles,
        @Schema(examples = "true") Boolean disabled) {

    static final List<String> EDITABLE = List.of("roles", "disabled");

    /** Reads a merge patch; anything but roles and disabled, a null, or a value of the wrong type is a 400 problem naming the field. */
    public static AccountPatch read(JsonNode body, ObjectMapper json) {
        if (body == null || !body.isObject()) {
            throw new ProblemException(400, "/problems/malformed-json", "Malformed JSON", "A merge patch must be a JSON object", null);
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<AccountRole> roles = null;
        Boolean disabled = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext();) {
            var entry = it.next();
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            if (!EDITABLE.contains(field)) {
                errors.add(new ApiProblem.FieldError(field, "unknown field; the allowed fields are " + String.join(", ", EDITABLE)));
            } else if (value.isNull()) {
                errors.add(new ApiProblem.FieldError(field, "cannot be removed"));
            } else if (field.equals("disabled")) {
                if (value.isBoolean()) {
                    disabled = value.booleanValue();
                } else {
                    errors.add(new ApiProblem.FieldError(field, "must be true or false"));
                }
            } else {
                try {
                    roles = json.readerFor(new TypeReference<List<AccountRole>>() {
                    }).readValue(json.treeAsTokens(value));
                    if (roles.isEmpty() || roles.contains(null) || roles.stream().distinct().count() != roles.size()) {
                        errors.add(new ApiProblem.FieldError(field, "must name one to three different roles: curator, reviewer, admin"));
                    }
                } catch (java.io.IOException | IllegalArgumentException e) {
                    errors.add(new ApiProblem.FieldError(field, "must be an array of roles: curator, reviewer, admin"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new AccountPatch(roles, disabled);
    }
}
