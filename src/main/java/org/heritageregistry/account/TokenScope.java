package org.heritageregistry.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a personal API token may do, each scope standing for a role of its account: the token acts
 * with the roles its scopes name <em>and</em> the account holds now, so demoting the account narrows
 * its tokens at once. {@code read} names no role: a token with it reads as its account would (the
 * confidential sources included, when the account holds any role).
 */
@Schema(name = "TokenScope", description = "What a token may do: read (read as the account, confidential sources included), report (the curator role), "
        + "review (the reviewer role), admin (the admin role). A scope is granted only while the account holds its role.",
        enumeration = { "read", "report", "review", "admin" })
public enum TokenScope {
    @JsonProperty("read") READ(null),
    @JsonProperty("report") REPORT(Roles.CURATOR),
    @JsonProperty("review") REVIEW(Roles.REVIEWER),
    @JsonProperty("admin") ADMIN(Roles.ADMIN);

    private final String role;

    TokenScope(String role) {
        this.role = role;
    }

    /** The role this scope grants, if any. */
    public Optional<String> role() {
        return Optional.ofNullable(role);
    }

    /** Whether an account with these roles may hold this scope: read needs any role, the others their own. */
    public boolean allowedFor(Set<String> accountRoles) {
        return role == null ? !accountRoles.isEmpty() : accountRoles.contains(role);
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TokenScope of(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
