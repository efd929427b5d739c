package org.heritageregistry.export;

import java.util.Map;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.heritageregistry.common.Versions;

/**
 * The media types the list and item resources answer in: JSON and the exports, chosen from the
 * client's Accept header. JSON stays the default: every resource offers it first, so it wins a
 * wildcard or a missing Accept.
 */
public enum Representation {

    JSON(MediaType.APPLICATION_JSON, 0),
    GEOJSON(Representation.GEO_JSON, 1),
    CSV(Representation.TEXT_CSV, 2),
    JSONLD(Representation.LD_JSON, 3);

    public static final String GEO_JSON = "application/geo+json";
    public static final String TEXT_CSV = "text/csv";
    public static final String LD_JSON = "application/ld+json";

    /** RFC 4180's parameters: the charset, and that the first row names the columns. */
    private static final MediaType CSV_WITH_PARAMETERS = new MediaType("text", "csv", Map.of("charset", "UTF-8", "header", "present"));

    private final MediaType mediaType;
    /** Tells this representation's ETags apart from the others' ({@link Versions#tag(long, boolean, int)}). */
    private final int tagVariant;

    Representation(String mediaType, int tagVariant) {
        this.mediaType = MediaType.valueOf(mediaType);
        this.tagVariant = tagVariant;
    }

    /** The type the answer is sent with; CSV names its charset and header row (RFC 4180). */
    public MediaType mediaType() {
        return this == CSV ? CSV_WITH_PARAMETERS : mediaType;
    }

    /**
     * The ETag of this representation of a version. Each representation has its own (JSON keeps
     * the tag it always had), so a cache holding the GeoJSON never answers a JSON request with a 304.
     */
    public EntityTag tag(long version, boolean revealed) {
        return Versions.tag(version, revealed, tagVariant);
    }

    /**
     * The first offered representation the client accepts, in the order of its preferences
     * (q-values, then specificity, as JAX-RS sorts them). The resource method's @Produces has
     * already turned away requests none can satisfy; a q=0 that excludes the rest is a 406 here.
     */
    public static Representation choose(HttpHeaders headers, Representation... offered) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.getParameters().getOrDefault("q", "1").matches("0(\\.0{0,3})?")) {
                continue; // "q=0": explicitly not acceptable
            }
            for (Representation candidate : offered) {
                if (accepted.isCompatible(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
