package org.heritageregistry.account;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Starts a server-side page session ({@link PageSessions}) when someone signs in through the
 * pages' form: the identity the form authentication then saves in its cookie is named
 * "account, session id", so every later page request names its session. Only the sign-in form's
 * POST is touched; Basic and page requests with a session pass unchanged.
 */
@ApplicationScoped
public class PageSessionStart implements SecurityIdentityAugmentor {

    /** quarkus.http.auth.form.post-location */
    private static final String SIGN_IN = "/pages/login";

    private final PageSessions sessions;

    PageSessionStart(PageSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (identity.isAnonymous() || request == null || request.request().method() != HttpMethod.POST
                || !SIGN_IN.equals(request.normalizedPath()) || identity.getAttribute(PageSessions.ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withSession(identity));
    }

    @ActivateRequestContext
    SecurityIdentity withSession(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String id = sessions.start(username);
        return QuarkusSecurityIdentity.builder(identity).setPrincipal(new QuarkusPrincipal(PageSessions.principal(username, id)))
                .addAttribute(PageSessions.ATTRIBUTE, id).build();
    }
}
