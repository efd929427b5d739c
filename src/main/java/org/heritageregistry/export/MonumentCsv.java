package org.heritageregistry.export;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.UriInfo;

import org.heritageregistry.monument.Monument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A page of monuments as CSV: one row per monument, with its alternate names (Arabic ones too) in one cell. */
public final class MonumentCsv {

    private MonumentCsv() {
    }

    @JsonPropertyOrder({ "id", "siteId", "name", "alternateNames", "category", "latitude", "longitude", "currentCondition", "retired",
            "wikidata", "pleiades", "url" })
    record Row(String id, String siteId, String name, String alternateNames, String category, Double latitude, Double longitude,
            String currentCondition, boolean retired, String wikidata, String pleiades, String url) {
    }

    public static String write(List<Monument> monuments, UriInfo uri) {
        return Csv.write(Row.class, monuments.stream().map(m -> row(m, uri)).toList());
    }

    private static Row row(Monument m, UriInfo uri) {
        // "name [lang]" joined with " | ": readable in a spreadsheet, and a bar occurs in no seeded name
        String names = m.names.stream().map(n -> n.name + " [" + n.lang + "]").collect(Collectors.joining(" | "));
        return new Row(m.id, m.siteId, Csv.text(m.name), Csv.text(names), m.category.name(), m.latitude, m.longitude,
                m.currentCondition.name(), m.retired, Csv.text(m.wikidata), Csv.text(m.pleiades), Links.monument(uri, m.id));
    }
}
