package org.heritageregistry.pages;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a matching token with a bare 400. On a page that reads as
 * a blank screen, so the refusal gets a page that says what happened and what to do.
 */
public class CsrfRefusalPage {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())
                && request.getUriInfo().getPath().startsWith("/pages/")) {
            String page = PageTemplates.error(new PageRefusals.ErrorPage(400, "Form not accepted",
                    "The form had expired or did not come from this site's page. Go back, reload the page and send it again.", List.of())).render();
            response.setEntity(page, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
