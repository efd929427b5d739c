package org.heritageregistry.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * ETags from version columns. A representation that masks confidential sources gets its own tag,
 * so a cache never serves the revealed form to the public or the other way round.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version, boolean revealed) {
        return new EntityTag(version + (revealed ? "" : "-public"));
    }

    /** A 200 with the body and its ETag, or a 304 when the client's If-None-Match still matches. */
    public static Response conditionalGet(Request request, EntityTag tag, Object body) {
        return notModified(request, tag).orElseGet(() -> Response.ok(body).tag(tag).header("Vary", "Authorization").build());
    }

    /** The 304 when the client's If-None-Match still matches this tag, before any body is built. */
    public static java.util.Optional<Response> notModified(Request request, EntityTag tag) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified == null ? java.util.Optional.empty() : java.util.Optional.of(notModified.tag(tag).header("Vary", "Authorization").build());
    }
}
