package org.heritageregistry.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A personal API token: its name, scopes and lifetime, and the SHA-256 of its secret. The secret
 * itself is shown once, when issued, and never stored ({@link ApiTokens}).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    public UUID id;

    public String username;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    /** Comma-separated {@link TokenScope} values, as the API names them. */
    public String scopes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Set<TokenScope> scopeSet() {
        return Arrays.stream(scopes.split(",")).filter(s -> !s.isBlank()).map(TokenScope::of).collect(Collectors.toSet());
    }
}
