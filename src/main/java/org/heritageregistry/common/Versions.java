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
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Vary", "Authorization").build();
        }
        return Response.ok(body).tag(tag).header("Vary", "Authorization").build();
    }
}
