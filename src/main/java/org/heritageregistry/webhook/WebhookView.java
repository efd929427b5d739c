package org.heritageregistry.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.feed.ChangeKind;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret appears only in the answer to its creation.")
public record WebhookView(
        @Schema(required = true) UUID id,
        @Schema(format = "uri", examples = "https://monitor.example.org/hooks/palmyra", maxLength = 2000, required = true) String url,
        @Schema(required = true, maxItems = NewWebhook.MAX_KINDS) List<ChangeKind> kinds,
        @Schema(maxLength = 200) String description,
        @Schema(description = "False once deleted: nothing more is queued or sent; its deliveries stay readable.", required = true) boolean active,
        @Schema(description = "Feed position at creation: the subscription receives the changes after it.", examples = "57", minimum = "0",
                maximum = "9223372036854775807", format = "int64", required = true) long startsAfter,
        @Schema(required = true) Instant createdAt,
        @Schema(examples = "admin", maxLength = 64, required = true) String createdBy,
        Instant disabledAt,
        @Schema(description = "Only in the answer to the creation: the key receivers verify Registry-Signature with. Never shown again.",
                examples = "whsec_Qm9hYmRpbC1wYWxteXJhLXRlbXBsZS1vZi1iZWw", maxLength = 200) String secret) {

    public static WebhookView of(WebhookSubscription s) {
        return new WebhookView(s.id, s.url, s.kindList(), s.description, s.active, s.startsAfter, s.createdAt, s.createdBy, s.disabledAt, null);
    }

    public static WebhookView withSecret(WebhookSubscription s) {
        return new WebhookView(s.id, s.url, s.kindList(), s.description, s.active, s.startsAfter, s.createdAt, s.createdBy, s.disabledAt, s.secret);
    }
}
