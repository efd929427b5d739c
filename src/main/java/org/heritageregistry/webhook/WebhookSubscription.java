package org.heritageregistry.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.heritageregistry.feed.ChangeKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where to POST which kinds of change, signed with a secret. Disabled, never deleted, so its deliveries stay readable. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String url;

    /** The kinds wanted, comma-separated, in the enum's order. */
    public String kinds;

    /** The HMAC key. Never shown after creation, never logged. */
    public String secret;

    public String description;

    public boolean active;

    /** The feed position at creation: the subscription gets the changes after it. */
    @Column(name = "starts_after")
    public long startsAfter;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public List<ChangeKind> kindList() {
        return Arrays.stream(kinds.split(",")).map(ChangeKind::valueOf).toList();
    }

    public boolean wants(ChangeKind kind) {
        return kindList().contains(kind);
    }
}
