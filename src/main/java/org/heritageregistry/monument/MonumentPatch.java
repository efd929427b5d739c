package org.heritageregistry.monument;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;
import org.heritageregistry.vocabulary.MonumentCategory;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of a monument's own record, read by {@link MergePatch} (absent
 * leaves a field, null removes it); the merged record is then validated as a {@link NewMonument}.
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
        @Schema(description = "How sure the location is (EAMENA); null removes it. Removing the location removes it too.", maxLength = 10, nullable = true) Certainty locationCertainty,
        @Schema(description = "Where the location comes from; null removes it. Removing the location removes it too.", maxLength = 500, nullable = true) String locationBasis,
        @Schema(maxLength = 20, pattern = "^Q[1-9][0-9]*$", nullable = true) String wikidata,
        @Schema(maxLength = 20, pattern = "^[1-9][0-9]*$", nullable = true) String pleiades,
        @Schema(maxLength = 2000, nullable = true) String description,
        @Schema(description = "Moves the monument to another site (which must exist).", examples = "palmyra", maxLength = 80) String siteId) {

    /** The fields a patch may set, in the order the changes are listed. */
    static final List<String> EDITABLE = List.of("name", "names", "category", "period", "location", "locationCertainty", "locationBasis", "wikidata", "pleiades", "description", "siteId");
    private static final MergePatch.Shape SHAPE = new MergePatch.Shape("monument", EDITABLE, Set.of("name", "category", "siteId"), Set.of("names"));

    /** Reads a merge patch: unknown fields, the id, a required field set to null, or a value of the wrong type are 400 problems naming the field. */
    public static MergePatch.Fields read(JsonNode body, ObjectMapper json) {
        return MergePatch.read(body, json, SHAPE, MonumentPatch::convert);
    }

    private static Object convert(String field, JsonNode value, ObjectMapper json) throws java.io.IOException {
        return switch (field) {
            case "names" -> MergePatch.as(value, json, new TypeReference<List<LocalizedName>>() {
            });
            case "category" -> MergePatch.as(value, json, MonumentCategory.class);
            case "location" -> MergePatch.as(value, json, GeoPoint.class);
            case "locationCertainty" -> MergePatch.as(value, json, Certainty.class);
            default -> MergePatch.as(value, json, String.class);
        };
    }
}
