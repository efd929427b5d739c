package org.heritageregistry.source;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.vocabulary.Reliability;
import org.heritageregistry.vocabulary.SourceKind;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of a source's record, read by {@link MergePatch} as a monument's
 * is; each value with the application's strict mapper, and the merged record then validated as a
 * {@link NewSource}, so a patch refuses exactly what a registration refuses.
 */
@Schema(name = "SourcePatch", description = "A JSON Merge Patch (RFC 7396) of a source: a field left out stays as it is, null removes an optional field "
        + "(description, url; null or [] for aliases), an array (aliases) replaces the whole list. The id never changes; name, kind, reliability "
        + "and confidential cannot be removed.")
public record SourcePatch(
        @Schema(examples = "Maamoun Abdulkarim, Directorate-General of Antiquities and Museums (DGAM)", maxLength = 200) String name,
        @Schema(description = "The whole list of other spellings; null or [] removes them all.", examples = "[\"Mamoun Abdelkarim\", \"Maamoun Abdul Karim\"]",
                maxItems = 20, nullable = true) List<@jakarta.validation.constraints.Size(max = 200) String> aliases,
        SourceKind kind,
        Reliability reliability,
        @Schema(description = "True when revealing the source could endanger people.") Boolean confidential,
        @Schema(maxLength = 2000, nullable = true) String description,
        @Schema(format = "uri", maxLength = 2000, nullable = true) String url) {

    /** The fields a patch may set, in the order the changes are listed. */
    static final List<String> EDITABLE = List.of("name", "aliases", "kind", "reliability", "confidential", "description", "url");
    /** name, kind, reliability and confidential cannot be removed; null removes the aliases as an empty list does. */
    private static final MergePatch.Shape SHAPE = new MergePatch.Shape("source", EDITABLE, Set.of("name", "kind", "reliability", "confidential"),
            Set.of("aliases"));

    /** Reads a merge patch: unknown fields, the id, a required field set to null, or a value of the wrong type are 400 problems naming the field. */
    public static MergePatch.Fields read(JsonNode body, ObjectMapper json) {
        return MergePatch.read(body, json, SHAPE, SourcePatch::convert);
    }

    private static Object convert(String field, JsonNode value, ObjectMapper json) throws java.io.IOException {
        return switch (field) {
            case "aliases" -> MergePatch.as(value, json, new TypeReference<List<String>>() {
            });
            case "kind" -> MergePatch.as(value, json, SourceKind.class);
            case "reliability" -> MergePatch.as(value, json, Reliability.class);
            case "confidential" -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("not a boolean");
                }
                yield value.booleanValue();
            }
            default -> MergePatch.as(value, json, String.class);
        };
    }
}
