package org.heritageregistry.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.heritageregistry.account.Roles;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which curation controls a page offers the reader: the same roles the API's site and monument
 * writes take (editing sites and monuments: curator or admin; adding a monument, retiring a site:
 * admin). A reader without them sees no edit control, and gets a 403 page if they post anyway.
 */
@Named("curation")
@RequestScoped
public class Curation {

    private final SecurityIdentity identity;

    Curation(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Create and edit sites, edit (and move) monuments. */
    public boolean isEditor() {
        return identity.hasRole(Roles.CURATOR) || identity.hasRole(Roles.ADMIN);
    }

    /** Retire sites and add monuments, as POST /api/v1/sites/{id}/retirement and POST /api/v1/monuments require. */
    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
