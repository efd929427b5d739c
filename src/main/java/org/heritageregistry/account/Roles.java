package org.heritageregistry.account;

/** The roles of the registry; an account holds any combination of them. */
public final class Roles {

    public static final String CURATOR = "curator";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    /**
     * Held only by an identity signed in with an API token that has the read scope: it reads as a
     * signed-in account does (confidential sources shown) and may write nothing. No account holds it.
     */
    public static final String READER = "reader";

    /** The roles an account can hold. */
    public static final java.util.List<String> ACCOUNT_ROLES = java.util.List.of(CURATOR, REVIEWER, ADMIN);

    private Roles() {
    }
}
