package org.heritageregistry.webhook;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.heritageregistry.feed.ChangeKind;

@Schema(name = "WebhookDelivery", description = "One event for one subscription and how its delivery went.")
public record DeliveryView(
        @Schema(description = "The event id, sent as Registry-Event-Id (the same on every attempt).", required = true) UUID id,
        @Schema(required = true) UUID subscriptionId,
        @Schema(description = "The change's position in the feed.", examples = "58", minimum = "1", maximum = "9223372036854775807", format = "int64",
                required = true) long position,
        @Schema(required = true) ChangeKind kind,
        @Schema(required = true) DeliveryStatus status,
        @Schema(description = "Attempts made so far.", examples = "3", minimum = "0", maximum = "1000", format = "int32", required = true) int attempts,
        @Schema(description = "HTTP status of the last answer; absent when none came.", examples = "503", minimum = "100", maximum = "599", format = "int32") Integer lastStatus,
        @Schema(description = "Why the last attempt failed.", examples = "the receiver answered HTTP 503", maxLength = 500) String lastError,
        Instant lastAttemptAt,
        @Schema(description = "When the next attempt is due (PENDING only).") Instant nextAttemptAt,
        Instant deliveredAt,
        @Schema(required = true) Instant createdAt) {

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.subscriptionId, d.position, d.kind, d.status, d.attempts, d.lastStatus, d.lastError, d.lastAttemptAt,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.createdAt);
    }
}
