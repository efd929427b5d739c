package org.heritageregistry.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed-in person's change of their own password: the current one proves it is them. */
@Schema(name = "NewPassword", description = "The current password and the new one (" + NewAccount.MIN_PASSWORD + " to " + NewAccount.MAX_PASSWORD + " characters).")
public record NewPassword(
        @NotNull @Size(max = NewAccount.MAX_PASSWORD) @Schema(format = "password", maxLength = NewAccount.MAX_PASSWORD, required = true, writeOnly = true,
                examples = "reviewer-demo") String currentPassword,
        @NotNull @Size(min = NewAccount.MIN_PASSWORD, max = NewAccount.MAX_PASSWORD)
        @Schema(format = "password", minLength = NewAccount.MIN_PASSWORD, maxLength = NewAccount.MAX_PASSWORD, required = true, writeOnly = true,
                examples = "a longer passphrase of my own") String newPassword) {

    @Override
    public String toString() {
        return "NewPassword[…]";
    }
}
