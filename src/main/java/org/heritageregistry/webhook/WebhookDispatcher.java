package org.heritageregistry.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Drains the outbox. Each poll, every instance looks for subscriptions whose oldest pending
 * delivery is due, claims each one's queue with a lease (so two instances never deliver one
 * subscription's events at once, out of order) and sends them oldest first, stopping at the first
 * failure: the later events wait for its retry. Delivery is at least once: a crash between a
 * receiver's 2xx and the record of it sends that event again, with the same event id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** The scheduled job's identity, for pausing it (tests that count statements). */
    public static final String JOB = "webhook-dispatcher";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** Who holds a lease: this process, for its lifetime. */
    private final String instance = "instance-" + UUID.randomUUID().toString().substring(0, 13);

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final WebhookConfig config;

    WebhookDispatcher(WebhookOutbox outbox, WebhookSender sender, WebhookConfig config) {
        this.outbox = outbox;
        this.sender = sender;
        this.config = config;
    }

    @Scheduled(identity = WebhookDispatcher.JOB, every = "${registry.webhooks.poll-interval}", delayed = "${registry.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        for (UUID subscription : outbox.due(Instant.now())) {
            Instant claimedAt = Instant.now();
            if (!outbox.claim(subscription, instance, claimedAt)) {
                continue; // another instance is delivering it
            }
            try {
                drain(subscription, claimedAt.plus(config.lease()).minus(config.timeout()));
            } finally {
                outbox.release(subscription, instance);
            }
        }
    }

    /** Sends due events in order while the lease lasts (an attempt started before its end finishes within it). */
    private void drain(UUID subscription, Instant stopBy) {
        for (int sent = 0; sent < config.batchSize() && Instant.now().isBefore(stopBy); sent++) {
            Optional<WebhookOutbox.Attempt> next = outbox.next(subscription, Instant.now());
            if (next.isEmpty()) {
                return;
            }
            WebhookOutbox.Attempt attempt = next.get();
            WebhookOutbox.Outcome outcome = sender.send(attempt);
            DeliveryStatus status = outbox.record(attempt, outcome, Instant.now());
            if (status == DeliveryStatus.FAILED) {
                LOG.warnf("Webhook delivery %s for subscription %s given up after %d attempts: %s", attempt.deliveryId(), subscription,
                        attempt.number(), outcome.error());
            }
            if (status == DeliveryStatus.PENDING) {
                LOG.debugf("Webhook delivery %s for subscription %s, attempt %d: %s", attempt.deliveryId(), subscription, attempt.number(), outcome.error());
                return; // keep the order: the next event waits for this one's retry
            }
        }
    }
}
