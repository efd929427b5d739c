package org.heritageregistry.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.heritageregistry.account.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is reading a page, as the templates need it: the header's sign-in state and which links to offer. */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isCurator() {
        return identity.hasRole(Roles.CURATOR);
    }

    public boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
