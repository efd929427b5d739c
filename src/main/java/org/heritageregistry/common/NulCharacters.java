package org.heritageregistry.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character (%00) in the path or a query parameter with a 400 naming where it was.
 * PostgreSQL cannot store or compare text holding NUL and fails the whole statement, which would
 * otherwise surface as a 500; no registry value has a use for it. (Request bodies are refused the
 * same way by StrictJson.)
 */
public class NulCharacters {

    @ServerRequestFilter(preMatching = true)
    public Response refuse(ContainerRequestContext request, UriInfo uri) {
        String where = null;
        if (uri.getPath().indexOf('\u0000') >= 0) {
            where = "path";
        } else {
            for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
                if (parameter.getKey().indexOf('\u0000') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                    where = parameter.getKey().replace('\u0000', '?');
                    break;
                }
            }
        }
        if (where == null) {
            return null;
        }
        ApiProblem problem = new ApiProblem("/problems/validation", "Request validation failed", 400, where + ": must not contain a NUL character",
                "/" + uri.getPath().replaceFirst("^/", "").replace('\u0000', '?'), List.of(new ApiProblem.FieldError(where, "must not contain a NUL character")));
        return Response.status(400).type(ApiProblem.MEDIA_TYPE).entity(problem).build();
    }
}
