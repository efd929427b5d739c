package org.heritageregistry.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first outcome of a POST sent with an Idempotency-Key: which resource it created. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String principal;

    @Id
    @Column(name = "idem_key")
    public String key;

    public String operation;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static class Key implements Serializable {
        public String principal;
        public String key;

        public Key() {
        }

        public Key(String principal, String key) {
            this.principal = principal;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(principal, other.principal) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(principal, key);
        }
    }
}
