package org.heritageregistry.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An admin's request to open an account. The password bounds follow NIST SP 800-63B: at least
 * {@value #MIN_PASSWORD} characters (more than its minimum of 8, as nothing else guards these
 * accounts), at most {@value #MAX_PASSWORD} (bcrypt reads only 72 bytes, and a longer one costs
 * hashing time to no one's benefit); any characters, spaces included; no composition rules.
 */
@Schema(name = "NewAccount", description = "A new account: its name, its first password (which its holder should change) and its roles.")
public record NewAccount(
        @NotBlank @Size(max = 64) @Pattern(regexp = USERNAME, message = "must be 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        @Schema(examples = "reviewer3", maxLength = 64, pattern = USERNAME, required = true) String username,
        @NotNull @Size(min = MIN_PASSWORD, max = MAX_PASSWORD)
        @Schema(description = "The first password, " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters. Never shown again.", format = "password",
                examples = "correct horse battery staple", minLength = MIN_PASSWORD, maxLength = MAX_PASSWORD, required = true, writeOnly = true) String password,
        @NotNull @Size(min = 1, max = 3) @Schema(minItems = 1, maxItems = 3, uniqueItems = true, required = true, examples = "[\"reviewer\"]") List<@NotNull AccountRole> roles) {

    public static final String USERNAME = "^[a-z0-9][a-z0-9._-]{0,63}$";
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + "]"; // never the password
    }
}
