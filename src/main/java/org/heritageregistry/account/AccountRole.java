package org.heritageregistry.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A role as the accounts API names it; {@link #value()} is the {@link Roles} string an identity holds. */
@Schema(name = "AccountRole", description = "curator: submits and corrects reports, curates monuments and sources; reviewer: decides on reports and settles conflicts; "
        + "admin: accounts, retirement, backups, webhooks.", enumeration = { "curator", "reviewer", "admin" })
public enum AccountRole {
    @JsonProperty("curator") CURATOR(Roles.CURATOR),
    @JsonProperty("reviewer") REVIEWER(Roles.REVIEWER),
    @JsonProperty("admin") ADMIN(Roles.ADMIN);

    private final String value;

    AccountRole(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    static AccountRole of(String value) {
        for (AccountRole role : values()) {
            if (role.value.equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException("not a role: " + value);
    }
}
