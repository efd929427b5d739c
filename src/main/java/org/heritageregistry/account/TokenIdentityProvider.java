package org.heritageregistry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a bearer token into its account's identity ({@link ApiTokens#authenticate}). The principal
 * is the account's name, so audit lines, report ownership and the per-account rate limit
 * (common.RateLimits) treat a token's requests as its account's. The identity carries the token's id
 * in {@link #TOKEN}, by which the account operations that need the password itself (issuing tokens,
 * changing the password) refuse a token. An unknown, expired or revoked token, or a disabled
 * account, fails with 401 and the Bearer challenge.
 */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<BearerTokenRequest> {

    /** The identity attribute that holds the id of the token a request was signed in with. */
    public static final String TOKEN = "registry.api-token";

    private final ApiTokens tokens;

    TokenIdentityProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<BearerTokenRequest> getRequestType() {
        return BearerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request.secret()));
    }

    @ActivateRequestContext
    SecurityIdentity identity(String secret) {
        ApiTokens.Bearer bearer = tokens.authenticate(secret).orElseThrow(AuthenticationFailedException::new);
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(bearer.username())).addRoles(bearer.roles())
                .addAttribute(TOKEN, bearer.tokenId().toString()).build();
    }
}
