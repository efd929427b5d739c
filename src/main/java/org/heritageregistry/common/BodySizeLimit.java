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

    private final long maxBytes;

    BodySizeLimit(RegistryConfig config) {
        this.maxBytes = config.maxBodySize().asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, UriInfo uri) {
        if (request.getLength() > maxBytes) {
            ApiProblem problem = new ApiProblem("/problems/body-too-large", "Content Too Large", 413,
                    "The request body is " + request.getLength() + " bytes; at most " + maxBytes + " are accepted", "/" + uri.getPath().replaceFirst("^/", ""), null);
            return Response.status(413).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
        }
        return null;
    }
}
