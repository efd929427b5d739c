package org.heritageregistry.imports;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a row of an import file adds, in the order a file should give them (a report cites what came before it). */
public enum RowType {
    @JsonProperty("site") SITE,
    @JsonProperty("monument") MONUMENT,
    @JsonProperty("source") SOURCE,
    @JsonProperty("report") REPORT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RowType of(String text) {
        for (RowType type : values()) {
            if (type.jsonName().equals(text)) {
                return type;
            }
        }
        return null;
    }
}
