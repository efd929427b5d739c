package org.heritageregistry.imports;

/** The two file formats an import takes: NDJSON of typed rows, or CSV of reports (the columns of the CSV export). */
public enum ImportFormat {
    NDJSON("application/x-ndjson"),
    CSV("text/csv");

    private final String mediaType;

    ImportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
