package org.heritageregistry.pages;

import java.util.List;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;

import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.ProblemException;

/** Renders a refusal as a page with the API's status, title and field errors. */
final class PageRefusals {

    public record ErrorPage(int status, String title, String detail, List<ApiProblem.FieldError> errors) {
    }

    private PageRefusals() {
    }

    static Response of(ProblemException e) {
        return of(e.status(), e.title(), e.getMessage(), e.errors() == null ? List.of() : e.errors());
    }

    static Response of(int status, String title, String detail, List<ApiProblem.FieldError> errors) {
        return html(status, PageTemplates.error(new ErrorPage(status, title, detail, errors)).render());
    }

    /** A rendered page with a status other than 200: a refusal, or a form sent back with its errors. */
    static Response html(int status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /**
     * A page that needs an account, asked for without one: the sign-in page, and back here after
     * it. The return address goes in the cookie Quarkus's form sign-in reads for that purpose (it
     * checks that the address is on this host before it follows it).
     */
    static Response signInFirst(UriInfo uri) {
        String cookie = ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.form.location-cookie", String.class)
                .orElse("quarkus-redirect-location");
        return Response.seeOther(URI.create("/pages/login"))
                .cookie(new NewCookie.Builder(cookie).value(uri.getRequestUri().toString()).path("/").httpOnly(true)
                        .sameSite(NewCookie.SameSite.STRICT).build())
                .build();
    }

    static Response forbidden(Viewer viewer, String role) {
        return of(403, "Not allowed", "You are signed in as " + viewer.getName() + ", whose account does not have the " + role
                + " role this page needs.", List.of());
    }
}
