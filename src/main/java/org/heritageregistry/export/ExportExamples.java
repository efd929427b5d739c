package org.heritageregistry.export;

/**
 * Texts about the exports in the contract. The examples themselves, taken from what the service
 * answers on the seeded Palmyra data (at http://localhost:8080, as an anonymous reader; long texts
 * abridged), are files under openapi-examples/ that the contract's build-time filter attaches.
 */
public final class ExportExamples {

    public static final String LINK_NEXT = "The next page as a URL with the same filters and limit: <...>; rel=\"next\". Absent on the last page.";

    /** A CSV page holds at most 100 rows; the bound keeps every string in the contract bounded. */
    public static final int CSV_MAX_LENGTH = 10_000_000;

    private ExportExamples() {
    }
}
