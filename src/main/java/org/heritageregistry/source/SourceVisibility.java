package org.heritageregistry.source;

import jakarta.enterprise.context.RequestScoped;

import org.heritageregistry.account.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Whether the caller may see confidential sources: any signed-in registry role may (and an API token with the read scope), the public may not. */
@RequestScoped
public class SourceVisibility {

    private final SecurityIdentity identity;

    SourceVisibility(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean revealsConfidential() {
        return identity.hasRole(Roles.CURATOR) || identity.hasRole(Roles.REVIEWER) || identity.hasRole(Roles.ADMIN)
                || identity.hasRole(Roles.READER);
    }
}
