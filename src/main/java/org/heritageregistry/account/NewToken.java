package org.heritageregistry.account;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request for a personal API token. */
@Schema(name = "NewToken", description = "A personal API token to issue: a name to recognise it by, its scopes (each needs the account's matching role) and when it expires.")
public record NewToken(
        @NotBlank @Size(max = 100) @Schema(examples = "Monitoring dashboard", maxLength = 100, required = true) String name,
        @NotNull @Size(min = 1, max = 4) @Schema(minItems = 1, maxItems = 4, uniqueItems = true, required = true, examples = "[\"read\", \"report\"]") List<@NotNull TokenScope> scopes,
        @Schema(description = "When the token stops working: in the future, at most a year ahead. Absent: in 90 days.", examples = "2026-03-01T00:00:00Z") Instant expiresAt) {
}
