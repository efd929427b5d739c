package org.heritageregistry.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret of an {@code Authorization: Bearer} header, for {@link TokenIdentityProvider}. */
public class BearerTokenRequest extends BaseAuthenticationRequest {

    private final String secret;

    BearerTokenRequest(String secret) {
        this.secret = secret;
    }

    String secret() {
        return secret;
    }
}
