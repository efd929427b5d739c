package org.heritageregistry.account;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests and hands the secret to
 * {@link TokenIdentityProvider}. Its scheme, {@code bearer}, is named beside {@code basic} in the
 * API paths' {@code auth-mechanism} (application.properties), so each API request is authenticated
 * by the mechanism whose scheme its Authorization header names; the pages keep their form sign-in.
 * A request without a bearer header passes on untouched (anonymous, or Basic's).
 *
 * <p>With single sign-on on ({@code registry.sso.enabled}), a bearer that is not a personal token
 * goes to quarkus-oidc's mechanism, which verifies it as the organisation's provider signed it;
 * {@link SingleSignOnIdentities} then makes it a registry identity. Personal tokens are told apart
 * by their shape ({@code hr_} and 43 characters, {@link ApiTokens}), which no JWT has (a JWT is three
 * base64url parts joined by dots, its first beginning {@code eyJ}). The routing is here, not in
 * mechanism priorities, because an API path names one mechanism per scheme and both kinds of token
 * come as {@code Bearer}: this mechanism is that one ({@code quarkus.oidc.priority} is set below it),
 * and it delegates. The cost is a dependency on {@code OidcAuthenticationMechanism}, a class of
 * quarkus-oidc's runtime package rather than its API; SingleSignOnTest fails if it changes under us.
 * With single sign-on off, every bearer is checked as a personal token: anything else is the usual
 * 401 problem, and no provider is ever contacted.
 */
@ApplicationScoped
public class TokenAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "Bearer";
    /** quarkus.http.auth.realm, which the Basic challenge names too. */
    private static final String CHALLENGE = SCHEME + " realm=\"heritage-registry\"";

    private final boolean singleSignOn;
    private final OidcAuthenticationMechanism provider;

    TokenAuthenticationMechanism(SsoConfig sso, OidcAuthenticationMechanism provider) {
        this.singleSignOn = sso.enabled();
        this.provider = provider;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1)) {
            return Uni.createFrom().nullItem();
        }
        String secret = header.substring(SCHEME.length() + 1).strip();
        if (singleSignOn && !secret.startsWith(ApiTokens.PREFIX)) {
            return provider.authenticate(context, identityProviderManager);
        }
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new BearerTokenRequest(secret), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(BearerTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
