package org.heritageregistry.account;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it: never its password hash. */
@Schema(name = "Account", description = "An account: its name, roles and state. Its password is never shown.")
public record AccountView(
        @Schema(required = true, maxLength = 64, examples = "reviewer") String username,
        @Schema(required = true, maxItems = 3, uniqueItems = true, examples = "[\"reviewer\"]") List<AccountRole> roles,
        @Schema(required = true, description = "A disabled account cannot sign in, and its tokens and page sessions no longer work.") boolean disabled,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When its roles, state or password last changed; absent if never.") Instant updatedAt) {

    public static AccountView of(Account account) {
        List<AccountRole> roles = Roles.ACCOUNT_ROLES.stream().filter(account.roleSet()::contains).map(AccountRole::of).toList();
        return new AccountView(account.username, roles, !account.enabled, account.createdAt, account.updatedAt);
    }
}
