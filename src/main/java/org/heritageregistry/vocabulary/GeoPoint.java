package org.heritageregistry.vocabulary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A WGS84 point. */
@Schema(name = "GeoPoint", description = "WGS84 point in decimal degrees.")
public record GeoPoint(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "34.547", minimum = "-90", maximum = "90", required = true) Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "38.274", minimum = "-180", maximum = "180", required = true) Double longitude) {

    public static GeoPoint of(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }
}
