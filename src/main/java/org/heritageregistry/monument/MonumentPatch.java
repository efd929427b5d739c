package org.heritageregistry.monument;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of a monument's own record, read field by field (by
 * {@link MergePatch}) because a merge patch tells "absent" (leave it) from {@code null} (remove it), which a record cannot. Each value
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

    /** Reads a merge patch: unknown fields, the id, a required field set to null, or a value of the wrong type are 400 problems naming the field. */
    public static MergePatch.Fields read(JsonNode body, ObjectMapper json) {
        return MergePatch.read(body, "a monument", EDITABLE, REQUIRED, REMOVED, (field, value) -> convert(field, value, json));
    }

    /** null removes the alternate names as an empty list does. */
    private static final Map<String, Object> REMOVED = Map.of("names", List.of());

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
}
