package org.heritageregistry.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.feed.ChangeKind;

/** An admin's request to subscribe a URL to kinds of change. */
@Schema(name = "NewWebhook", description = "A receiver to POST events to, the kinds of change it wants, and optionally the secret to sign them with.")
public record NewWebhook(
        @NotBlank @Size(max = 2000) @Schema(description = "Absolute http or https URL; redirects are not followed.", format = "uri",
                examples = "https://monitor.example.org/hooks/palmyra", maxLength = 2000, required = true) String url,
        // room for every kind: ChangeKind is an open enum (11 kinds now), so the bound leaves space for more
        @NotNull @Size(min = 1, max = MAX_KINDS) @Schema(description = "The kinds of change to receive (any of them, up to all).", minItems = 1, maxItems = MAX_KINDS, uniqueItems = true,
                required = true) List<@NotNull ChangeKind> kinds,
        @Size(min = 24, max = 200) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be visible ASCII characters")
        @Schema(description = "The HMAC-SHA256 key, 24 to 200 visible ASCII characters; leave it out and the registry generates one. Returned once, in the answer to this request.",
                minLength = 24, maxLength = 200, pattern = "^[\\x21-\\x7e]{24,200}$") String secret,
        @Size(max = 200) @Schema(examples = "Condition changes at Palmyra for the monitoring dashboard", maxLength = 200) String description) {

    /** How many kinds one subscription may name: more than ChangeKind has, as it may grow. */
    public static final int MAX_KINDS = 16;
}
