package org.heritageregistry.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryStatus", description = "PENDING (not yet delivered; retried with backoff), DELIVERED (the receiver answered 2xx), "
        + "FAILED (given up after the configured number of attempts), CANCELLED (the subscription was deleted first).")
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
