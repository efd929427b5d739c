package org.heritageregistry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a web page's session cookie (which carries the account name and the page session's id,
 * encrypted) back into an identity on every request. The account is read each time, so that
 * disabling an account or changing its roles takes effect at the next page, not when the cookie
 * expires; and the session must not have ended ({@link PageSessions}), so that signing out ends it
 * for every copy of the cookie.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final PageSessions sessions;

    SessionIdentityProvider(PageSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> current(request.getPrincipal()));
    }

    @ActivateRequestContext
    @Transactional
    SecurityIdentity current(String principal) {
        // a cookie from before sessions were kept names no session: it must sign in again
        String[] named = PageSessions.parse(principal).orElseThrow(AuthenticationFailedException::new);
        String username = named[0];
        String session = named[1];
        if (!sessions.active(session, username)) {
            throw new AuthenticationFailedException();
        }
        Account account = Account.findByUsername(username).filter(a -> a.enabled)
                .orElseThrow(AuthenticationFailedException::new);
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username)).addRoles(account.roleSet())
                .addAttribute(PageSessions.ATTRIBUTE, session).build();
    }
}
