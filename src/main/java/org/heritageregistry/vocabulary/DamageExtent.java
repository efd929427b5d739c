package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Share of the monument damaged, in EAMENA's bands. */
@Schema(name = "DamageExtent", description = "Share of the monument damaged, in EAMENA's bands.",
        enumeration = { "NONE", "1-10%", "11-30%", "31-60%", "61-90%", "91-100%", "UNKNOWN" }, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
public enum DamageExtent {
    @JsonProperty("NONE") NONE,
    @JsonProperty("1-10%") UP_TO_10,
    @JsonProperty("11-30%") UP_TO_30,
    @JsonProperty("31-60%") UP_TO_60,
    @JsonProperty("61-90%") UP_TO_90,
    @JsonProperty("91-100%") UP_TO_100,
    @JsonProperty("UNKNOWN") UNKNOWN
}
