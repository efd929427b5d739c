package org.heritageregistry.common;

import java.util.Optional;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * ETags from version columns. A representation that masks confidential sources gets its own tag,
 * so a cache never serves the revealed form to the public or the other way round; so does each
 * media type a resource can be read in (the exports).
 */
public final class Versions {

    /** The answer depends on the Accept header (JSON or an export) and on who asks (masking). */
    public static final String VARY = "Accept, Authorization";

    private Versions() {
    }

    public static EntityTag tag(long version, boolean revealed) {
        return tag(version, revealed, 0);
    }

    /**
     * A tag for one media type's representation, {@code variant} 0 being JSON, whose tags stay as
     * they were. The released contract pins tags to digits (and "-public"), so another
     * representation's tag is "0", its variant digit, then the version: a JSON tag never starts
     * with 0 but for version 0 itself ("0"), so no two representations ever share a tag.
     */
    public static EntityTag tag(long version, boolean revealed, int variant) {
        if (variant < 0 || variant > 9) {
            throw new IllegalArgumentException("variant must be one digit: " + variant);
        }
        String value = variant == 0 ? Long.toString(version) : "0" + variant + version;
        return new EntityTag(value + (revealed ? "" : "-public"));
    }

    /** A 200 with the body and its ETag, or a 304 when the client's If-None-Match still matches. */
    public static Response conditionalGet(Request request, EntityTag tag, Object body) {
        return conditionalGet(request, tag, body, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The same, for a body sent as {@code type}. */
    public static Response conditionalGet(Request request, EntityTag tag, Object body, MediaType type) {
        return notModified(request, tag).orElseGet(() -> Response.ok(body, type).tag(tag).header("Vary", VARY).build());
    }

    /** The 304 when the client's If-None-Match still matches this tag, before any body is built. */
    public static Optional<Response> notModified(Request request, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified == null ? Optional.empty() : Optional.of(notModified.tag(tag).header("Vary", VARY).build());
    }
}
