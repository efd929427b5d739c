package org.heritageregistry.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON Merge Patch (RFC 7396) of a site's record, read by {@link MergePatch} as a monument's is;
 * the merged record is then validated as a {@link NewSite}. A boundary in a patch is checked (and
 * made canonical) while the patch is read, so its errors come with the others. The record itself
 * only documents the patch in the contract; {@link #read} is what reads one.
 */
@Schema(name = "SitePatch", description = "A JSON Merge Patch (RFC 7396) of a site: a field left out stays as it is, null removes an optional field, "
        + "an array (names) replaces the whole list. The id never changes; name and country cannot be removed.")
public record SitePatch(
        @Schema(examples = "Palmyra", maxLength = 200) String name,
        @Schema(description = "The whole list of alternate names; null or [] removes them all.", maxItems = 20, nullable = true) List<LocalizedName> names,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", examples = "SY", minLength = 2, maxLength = 2, pattern = "^" + NewSite.COUNTRY_PATTERN + "$") String country,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "A WGS84 point in decimal degrees; null removes the location.", required = false,
                requiredProperties = { "latitude", "longitude" }, properties = {
                        @SchemaProperty(name = "latitude", type = SchemaType.NUMBER, minimum = "-90", maximum = "90", examples = "34.550381"),
                        @SchemaProperty(name = "longitude", type = SchemaType.NUMBER, minimum = "-180", maximum = "180", examples = "38.269791") }) GeoPoint location,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The whole boundary, a GeoJSON Polygon or MultiPolygon (as SiteBoundary); null removes it.",
                requiredProperties = { "type", "coordinates" }, properties = {
                        @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = { "Polygon", "MultiPolygon" }),
                        @SchemaProperty(name = "coordinates", ref = "SiteBoundaryCoordinates") }) Object boundary,
        @Schema(maxLength = 20, pattern = "^" + NewSite.WIKIDATA_PATTERN + "$", nullable = true, examples = "Q5747") String wikidata,
        @Schema(maxLength = 20, pattern = "^" + NewSite.PLEIADES_PATTERN + "$", nullable = true, examples = "668331") String pleiades,
        @Schema(maxLength = 20, pattern = "^" + NewSite.UNESCO_PATTERN + "$", nullable = true, examples = "23") String unescoId,
        @Schema(type = SchemaType.STRING, format = "date", maxLength = 10, nullable = true, examples = "2013-06-20") String inDangerSince,
        @Schema(maxLength = 2000, nullable = true) String description) {

    /** The fields a patch may set, in the order the changes are listed. */
    static final List<String> EDITABLE = List.of("name", "names", "country", "location", "boundary", "wikidata", "pleiades", "unescoId", "inDangerSince",
            "description");
    private static final MergePatch.Shape SHAPE = new MergePatch.Shape("site", EDITABLE, Set.of("name", "country"), Set.of("names"));

    /** Reads a merge patch; a boundary comes out as its canonical JSON text. 400 problems name every offending field. */
    public static MergePatch.Fields read(JsonNode body, ObjectMapper json) {
        return MergePatch.read(body, json, SHAPE, SitePatch::convert);
    }

    private static Object convert(String field, JsonNode value, ObjectMapper json) throws java.io.IOException {
        return switch (field) {
            case "names" -> MergePatch.as(value, json, new TypeReference<List<LocalizedName>>() {
            });
            case "location" -> MergePatch.as(value, json, GeoPoint.class);
            case "boundary" -> SiteBoundary.canonical(value, "boundary", json);
            case "inDangerSince" -> MergePatch.as(value, json, LocalDate.class);
            default -> MergePatch.as(value, json, String.class);
        };
    }
}
