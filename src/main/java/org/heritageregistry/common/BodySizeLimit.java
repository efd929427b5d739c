package org.heritageregistry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a declared body over the configured size with a 413 problem, before it is read. (The
 * HTTP layer's larger limit stops bodies that declare no length.)
 */
public class BodySizeLimit {

    /** The endpoints whose body is a file read as a stream rather than a tree: a whole registry (restore), or a bulk import. */
    private static final java.util.Set<String> STREAMED_PATHS = java.util.Set.of("/api/v1/admin/import", "/api/v1/imports");

    private final long maxBytes;
    private final long importMaxBytes;

    BodySizeLimit(HttpLimitsConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.importMaxBytes = config.importMaxSize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, UriInfo uri) {
        long length = request.getLength();
        // every request passes here: those within both limits (every GET) leave before the path is read
        if (length <= Math.min(maxBytes, importMaxBytes)) {
            return null;
        }
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        long limit = streamed(path) ? importMaxBytes : maxBytes;
        if (length > limit) {
            return Response.status(413).type(ApiProblem.MEDIA_TYPE).entity(tooLarge(length, limit, path)).build();
        }
        return null;
    }

    /** Whether a request to this path sends a file, read as a stream up to registry.import-max-size. */
    static boolean streamed(String path) {
        return STREAMED_PATHS.contains(path);
    }

    /** The 413 problem for a declared body over a limit, here and before routing ({@link OversizedBodyRefusal}). */
    static ApiProblem tooLarge(long length, long maxBytes, String path) {
        return new ApiProblem("/problems/body-too-large", "Content Too Large", 413,
                "The request body is " + length + " bytes; at most " + maxBytes + " are accepted", path, null);
    }
}
