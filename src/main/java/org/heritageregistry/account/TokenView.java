package org.heritageregistry.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A personal API token as listed: never its secret, which only the answer that issues it carries
 * ({@code token}).
 */
@Schema(name = "ApiToken", description = "A personal API token. The secret (token) is in the answer that issues it, and never again.")
public record TokenView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100, examples = "Monitoring dashboard") String name,
        @Schema(required = true, maxItems = 4, uniqueItems = true, examples = "[\"read\", \"report\"]") List<TokenScope> scopes,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant expiresAt,
        @Schema(description = "When it last authenticated a request (to the minute); absent if never.") Instant lastUsedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The secret, to send as 'Authorization: Bearer <token>'. Only in the answer that issues the token: store it now.",
                maxLength = 50, pattern = "^hr_[A-Za-z0-9_-]{43}$", examples = "hr_q7Hx2H9sV0bqgq8m1lqvO2bqS1yF6q0c2vQ7w1k3N5E") String token) {

    public static TokenView of(ApiToken token) {
        return of(token, null);
    }

    static TokenView of(ApiToken token, String secret) {
        List<TokenScope> scopes = token.scopeSet().stream().sorted(Comparator.naturalOrder()).toList();
        return new TokenView(token.id, token.name, scopes, token.createdAt, token.expiresAt, token.lastUsedAt, secret);
    }
}
