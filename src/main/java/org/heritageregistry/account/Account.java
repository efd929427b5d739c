package org.heritageregistry.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who signs in: a bcrypt password hash (never shown, never exported) and a comma-separated set of roles. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String roles;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Moves with every change of roles, state or password: the ETag an admin's edit names in If-Match. */
    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The account's version while it is enabled: what a remembered sign-in is checked against on every request. */
    public static Optional<Long> enabledVersion(String username) {
        return getEntityManager().createQuery("select a.version from Account a where a.username = ?1 and a.enabled = true", Long.class)
                .setParameter(1, username).getResultStream().findFirst();
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
    }
}
