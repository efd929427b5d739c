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

    /** The one endpoint whose body is a whole registry, read as a stream rather than a tree. */
    private static final String IMPORT_PATH = "/api/v1/admin/import";

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
        long limit = path.equals(IMPORT_PATH) ? importMaxBytes : maxBytes;
        if (length > limit) {
            return Response.status(413).type(ApiProblem.MEDIA_TYPE).entity(tooLarge(length, limit, path)).build();
        }
        return null;
    }

    /** The 413 problem for a declared body over a limit, here and before routing ({@link OversizedBodyRefusal}). */
    static ApiProblem tooLarge(long length, long maxBytes, String path) {
        return new ApiProblem("/problems/body-too-large", "Content Too Large", 413,
                "The request body is " + length + " bytes; at most " + maxBytes + " are accepted", path, null);
    }
}
