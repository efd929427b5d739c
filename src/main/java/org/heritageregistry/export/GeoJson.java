package org.heritageregistry.export;

import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.dossier.MonumentView;
import org.heritageregistry.monument.MonumentSummary;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.MonumentCategory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Monuments as RFC 7946 GeoJSON, for GIS tools (QGIS, Leaflet...). Coordinates are
 * [longitude, latitude], the reverse of the JSON's latitude-first GeoPoint. A monument without a
 * location is still listed, with "geometry": null, which RFC 7946 allows for unlocated features.
 */
public final class GeoJson {

    private GeoJson() {
    }

    @Schema(name = "MonumentFeatureCollection", description = "A page of monuments as an RFC 7946 FeatureCollection. "
            + "nextCursor is a foreign member; the Link header carries the next page's URL.")
    public record FeatureCollection(
            @Schema(enumeration = "FeatureCollection", required = true) String type,
            @Schema(required = true, maxItems = 100) List<Feature> features,
            @Schema(description = "Cursor of the next page (a foreign member); absent on the last page.", maxLength = 500) String nextCursor) {
    }

    @Schema(name = "MonumentFeature", description = "A monument as an RFC 7946 Feature; the feature id is the monument's id.")
    public record Feature(
            @Schema(enumeration = "Feature", required = true) String type,
            @Schema(examples = "temple-of-bel", maxLength = 80, required = true) String id,
            // RFC 7946 requires the member even when there is no location, hence ALWAYS against the global non-null rule
            // the Point schema itself is nullable: a nullable $ref wrapped in allOf would not admit null to validators
            @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true) Point geometry,
            @Schema(required = true) Properties properties) {
    }

    @Schema(name = "GeoJsonPoint", nullable = true, description = "An RFC 7946 Point in WGS84; null in a feature whose monument has no known location.")
    public record Point(
            @Schema(enumeration = "Point", required = true) String type,
            @Schema(description = "[longitude, latitude] in decimal degrees: longitude first, as RFC 7946 orders them.", minItems = 2, maxItems = 2, required = true,
                    examples = "[38.274, 34.547]") List<Double> coordinates) {

        static Point of(GeoPoint location) {
            return location == null ? null : new Point("Point", List.of(location.longitude(), location.latitude()));
        }
    }

    @Schema(name = "MonumentFeatureProperties", description = "What a monument feature says; a single monument's feature also carries the claims behind its condition.")
    public record Properties(
            @Schema(examples = "temple-of-bel", maxLength = 80, required = true) String id,
            @Schema(examples = "Temple of Bel", maxLength = 200, required = true) String name,
            @Schema(examples = "palmyra", maxLength = 80, required = true) String siteId,
            @Schema(required = true) MonumentCategory category,
            @Schema(description = "How sure the point is (EAMENA's site location certainty); absent without a point.", examples = "HIGH") Certainty locationCertainty,
            @Schema(description = "Condition established by VERIFIED or CORROBORATED reports; UNKNOWN when none.", required = true) Condition currentCondition,
            @Schema(description = "True while another established report contests the current condition (see the Monument schema).", required = true) boolean conditionContested,
            @Schema(required = true) boolean retired,
            @Schema(description = "The monument's JSON resource.", format = "uri", maxLength = 2000, required = true) String url,
            @Schema(description = "The report the current condition comes from (single monument only; absent when nothing is established).") ClaimSummary establishedBy,
            @Schema(description = "The latest claim by event date, of any review status (single monument only).") ClaimSummary latestClaim) {
    }

    public static FeatureCollection monuments(List<MonumentSummary> monuments, String nextCursor, UriInfo uri) {
        List<Feature> features = monuments.stream()
                .map(m -> new Feature("Feature", m.id(), Point.of(m.location()),
                        new Properties(m.id(), m.name(), m.siteId(), m.category(), m.locationCertainty(), m.currentCondition(), m.conditionContested(), m.retired(), Links.monument(uri, m.id()), null, null)))
                .toList();
        return new FeatureCollection("FeatureCollection", features, nextCursor);
    }

    /** One monument; its claims are the JSON's, masked the same way for the caller. */
    public static Feature monument(MonumentView m, UriInfo uri) {
        return new Feature("Feature", m.id(), Point.of(m.location()), new Properties(m.id(), m.name(), m.siteId(), m.category(), m.locationCertainty(), m.currentCondition(),
                m.conditionContested(), m.retired(), Links.monument(uri, m.id()), m.establishedBy(), m.latestClaim()));
    }
}
