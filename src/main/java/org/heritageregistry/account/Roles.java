package org.heritageregistry.account;

/** The roles of the registry; an account holds any combination of them. */
public final class Roles {

    public static final String CURATOR = "curator";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
