package org.heritageregistry.pages;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.heritageregistry.account.PageSessions;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/**
 * Sign-in and sign-out for the pages. The sign-in form posts to Quarkus's form authentication
 * (configured at /pages/login), which checks the same accounts, lockout included, as HTTP Basic
 * and keeps the session in an encrypted cookie that names a server-side session (account.PageSessions);
 * this class serves the forms and ends that session at sign-out.
 */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    public record LoginPage(boolean failed, boolean signedOut) {
    }

    private final SecurityIdentity identity;
    private final PageSessions sessions;

    SignInPages(SecurityIdentity identity, PageSessions sessions) {
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    @Path("/login")
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("failed") boolean failed, @QueryParam("signedOut") boolean signedOut) {
        return PageTemplates.login(new LoginPage(failed, signedOut));
    }

    @GET
    @Path("/logout")
    @Operation(hidden = true)
    public Object confirmLogout() {
        if (identity.isAnonymous()) {
            return seeOther("/pages/login");
        }
        return PageTemplates.logout();
    }

    /** A POST with the CSRF token, so that another site cannot sign a reader out. */
    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    @SessionBound
    public Response logout() {
        if (!identity.isAnonymous()) {
            // the cookie is cleared in this browser; ending the session server-side stops any copy of it
            String session = identity.getAttribute(PageSessions.ATTRIBUTE);
            if (session != null) {
                sessions.end(session);
            }
            FormAuthenticationMechanism.logout(identity);
        }
        return seeOther("/pages/login?signedOut=true");
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
