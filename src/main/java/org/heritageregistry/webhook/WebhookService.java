package org.heritageregistry.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;

import io.quarkus.panache.common.Parameters;

/** Manages subscriptions (admins only) and reads their deliveries. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChangeFeed feed;
    private final AuditLog audit;

    private final Idempotency idempotency;

    WebhookService(ChangeFeed feed, AuditLog audit, Idempotency idempotency) {
        this.feed = feed;
        this.audit = audit;
        this.idempotency = idempotency;
    }

    /** The createWebhook use case: once per Idempotency-Key, in its own transaction, audited. Returns the subscription's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome create(NewWebhook request, String by, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "createWebhook", request, () -> create(request, by).id.toString());
    }

    /** Subscribes under the feed lock, so the subscription receives exactly the changes after the position it records. */
    private WebhookSubscription create(NewWebhook request, String by) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = validUrl(request.url());
        subscription.kinds = EnumSet.copyOf(request.kinds()).stream().map(Enum::name).collect(Collectors.joining(","));
        subscription.secret = request.secret() != null ? request.secret() : generatedSecret();
        subscription.description = request.description() == null ? null : request.description().strip();
        subscription.active = true;
        subscription.createdAt = Instant.now();
        subscription.createdBy = by;
        subscription.startsAfter = feed.lockAndReadLast();
        subscription.persist();
        audit.record(by, "WEBHOOK_CREATED", "webhook", subscription.id, Map.of("url", subscription.url, "kinds", subscription.kinds), subscription.createdAt);
        return subscription;
    }

    /**
     * Deletes a subscription by disabling it: nothing more is queued or sent, its pending
     * deliveries are cancelled, and it stays readable with its deliveries. Under the feed lock (after sequencing what has committed), so
     * no sequencer that is queueing for it right now can add a delivery after the cancellation.
     */
    public boolean disable(UUID id, String by) {
        feed.lockAndReadLast();
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            return false;
        }
        if (subscription.active) {
            subscription.active = false;
            subscription.disabledAt = Instant.now();
            long cancelled = WebhookDelivery.update("status = ?1 where subscriptionId = ?2 and status = ?3", DeliveryStatus.CANCELLED, id, DeliveryStatus.PENDING);
            audit.record(by, "WEBHOOK_DELETED", "webhook", id, Map.of("cancelledDeliveries", cancelled), subscription.disabledAt);
        }
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<WebhookSubscription> find(UUID id) {
        return WebhookSubscription.findByIdOptional(id);
    }

    /** Oldest first, keyset on (createdAt, id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> list(PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 2);
        if (after == null) {
            return WebhookSubscription.<WebhookSubscription>find("order by createdAt, id").range(0, page.limit()).list();
        }
        Parameters params;
        try {
            params = Parameters.with("at", Instant.parse(after.get(0))).and("id", UUID.fromString(after.get(1)));
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
        return WebhookSubscription.<WebhookSubscription>find("createdAt > :at or (createdAt = :at and id > :id) order by createdAt, id", params)
                .range(0, page.limit()).list();
    }

    public static String cursorOf(WebhookSubscription s) {
        return Cursor.encode(s.createdAt.toString(), s.id.toString());
    }

    /** Newest first, keyset on the feed position. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(UUID subscriptionId, DeliveryStatus status, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("subscriptionId = :subscription");
        Parameters params = Parameters.with("subscription", subscriptionId);
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        if (after != null) {
            try {
                params.and("before", Long.parseLong(after.get(0)));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
            }
            where.append(" and position < :before");
        }
        return WebhookDelivery.<WebhookDelivery>find(where + " order by position desc", params).range(0, page.limit()).list();
    }

    /** http or https, absolute, with a host, and no credentials or fragment in it. */
    static String validUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ProblemException.invalidField("url", "must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalidField("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalidField("url", "must not carry credentials; receivers authenticate deliveries by their signature");
        }
        if (uri.getRawFragment() != null) {
            throw ProblemException.invalidField("url", "must not have a fragment");
        }
        return uri.toString();
    }

    private static String generatedSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
