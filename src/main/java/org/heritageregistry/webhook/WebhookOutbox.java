package org.heritageregistry.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.heritageregistry.feed.Change;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.feed.ChangeView;
import org.heritageregistry.feed.ChangesSequenced;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The durable outbox. Deliveries are written by the transaction that gives a change its feed
 * position (so a change never has a position without its deliveries, whatever crashes when),
 * and handed to the dispatcher one subscription at a time, oldest first.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** What one attempt sends. */
    public record Attempt(UUID deliveryId, UUID subscriptionId, String url, String secret, String kind, String body, int number) {
    }

    /** How an attempt went: the HTTP status (null when no answer came) and, if it failed, why. */
    public record Outcome(Integer httpStatus, String error) {
        boolean delivered() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    private final ObjectMapper json;
    private final WebhookConfig config;

    private final ChangeFeed feed;

    WebhookOutbox(ObjectMapper json, WebhookConfig config, ChangeFeed feed) {
        this.json = json;
        this.config = config;
        this.feed = feed;
    }

    /**
     * Runs inside the sequencer's transaction (a synchronous observer), under the feed lock, as the changes get their
     * positions: subscriptions committed before the sequencer took the lock are seen, later ones start after these
     * positions (startsAfter).
     */
    void enqueue(@Observes ChangesSequenced recorded) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active = true");
        if (subscriptions.isEmpty()) {
            return;
        }
        for (Change change : recorded.changes()) {
            String body = body(change);
            for (WebhookSubscription subscription : subscriptions) {
                if (change.position > subscription.startsAfter && subscription.wants(change.kind)) {
                    WebhookDelivery delivery = new WebhookDelivery();
                    delivery.id = UUID.randomUUID();
                    delivery.subscriptionId = subscription.id;
                    delivery.position = change.position;
                    delivery.kind = change.kind;
                    delivery.body = body;
                    delivery.status = DeliveryStatus.PENDING;
                    delivery.createdAt = Instant.now();
                    delivery.nextAttemptAt = delivery.createdAt;
                    delivery.persist();
                }
            }
        }
    }

    /**
     * Subscriptions whose oldest pending delivery is due: later ones wait for it, so each receiver gets its events in order.
     * Deliveries are queued when a change gets its position, so what has committed since the last poll is numbered first
     * (holding the feed lock only for the short look-up that follows): a registry whose feed nobody reads still notifies.
     */
    @Transactional
    public List<UUID> due(Instant now) {
        feed.sequence();
        return WebhookDelivery.getEntityManager().createQuery("select d.subscriptionId from WebhookDelivery d where d.status = :pending and d.nextAttemptAt <= :now"
                + " and d.position = (select min(e.position) from WebhookDelivery e where e.subscriptionId = d.subscriptionId and e.status = :pending)", UUID.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now).getResultList();
    }

    /**
     * Claims a subscription's queue for this instance until the lease ends, by a conditional
     * update that only one instance can win (the loser's update waits for the winner's row lock,
     * then finds the lease taken): the same on H2 and PostgreSQL.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(UUID subscriptionId, String owner, Instant now) {
        return WebhookSubscription.update("leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and active = true and (leaseUntil is null or leaseUntil < ?4)",
                owner, now.plus(config.lease()), subscriptionId, now) == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(UUID subscriptionId, String owner) {
        WebhookSubscription.update("leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2", subscriptionId, owner);
    }

    /** The subscription's oldest pending delivery, if it is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Attempt> next(UUID subscriptionId, Instant now) {
        WebhookSubscription subscription = WebhookSubscription.findById(subscriptionId);
        if (subscription == null || !subscription.active) {
            return Optional.empty();
        }
        return WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and status = ?2 order by position", subscriptionId, DeliveryStatus.PENDING)
                .firstResultOptional().filter(d -> !d.nextAttemptAt.isAfter(now))
                .map(d -> new Attempt(d.id, subscriptionId, subscription.url, subscription.secret, d.kind.name(), d.body, d.attempts + 1));
    }

    /** Records an attempt: delivered, retried later (exponential backoff with jitter), or given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeliveryStatus record(Attempt attempt, Outcome outcome, Instant at) {
        WebhookDelivery delivery = WebhookDelivery.findById(attempt.deliveryId());
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return delivery == null ? DeliveryStatus.CANCELLED : delivery.status;
        }
        delivery.attempts++;
        delivery.lastAttemptAt = at;
        delivery.lastStatus = outcome.httpStatus();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = at;
        } else if (delivery.attempts >= config.maxAttempts()) {
            delivery.status = DeliveryStatus.FAILED;
        } else {
            delivery.nextAttemptAt = at.plus(backoff(delivery.attempts));
        }
        return delivery.status;
    }

    /**
     * Doubles from the initial delay up to the maximum; "equal jitter" (half fixed, half random)
     * keeps the growth while spreading the retries of many deliveries that failed together.
     */
    Duration backoff(int attempts) {
        long initial = config.retryInitialDelay().toMillis();
        long max = config.retryMaxDelay().toMillis();
        long exponential = attempts >= 31 ? max : Math.min(max, initial << (attempts - 1));
        long half = Math.max(1, exponential / 2);
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    private String body(Change change) {
        try {
            return json.writeValueAsString(ChangeView.from(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change is not serialisable", e);
        }
    }
}
