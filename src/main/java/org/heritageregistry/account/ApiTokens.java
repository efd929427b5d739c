package org.heritageregistry.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ProblemException;

/**
 * Personal API tokens: issued to the signed-in account, listed and revoked by it, and checked on
 * every request that sends {@code Authorization: Bearer} ({@link TokenIdentityProvider}).
 *
 * <p>The secret is {@code hr_} and 32 random bytes (256 bits) in base64url, shown once in the
 * answer that issues it; the table keeps only its SHA-256. A password needs a slow, salted hash
 * (bcrypt) because people choose guessable ones and a stolen table must not give them away; a
 * 256-bit random secret cannot be guessed, so one SHA-256 protects it as well, and checking a token
 * costs one hash and one indexed read instead of bcrypt's tens of milliseconds on every request.
 *
 * <p>A token acts with the roles its scopes name that its account still holds ({@link TokenScope}):
 * demoting or disabling an account takes effect on its tokens at their next request,
 * on every instance, as the account is read each time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApiTokens {

    static final String PREFIX = "hr_";
    /** {@code hr_} and 43 base64url characters (32 bytes unpadded). */
    private static final int LENGTH = PREFIX.length() + 43;
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Active tokens one account may hold, so the unpaged list stays short. */
    static final int MAX_ACTIVE = 50;
    /** last_used_at is written at most this often per token, so a busy token does not write on every request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a valid token signs in as. */
    public record Bearer(String username, Set<String> roles, UUID tokenId) {
    }

    private final AuditLog audit;

    ApiTokens(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * The createToken use case. Each scope needs the account's matching role (403 otherwise); the
     * expiry must be in the future and at most a year ahead (400). Returns the token with its
     * secret, the only time the secret is anywhere but with the caller.
     */
    @Transactional
    public TokenView issue(String username, NewToken request) {
        Account account = Account.findByUsername(username).filter(a -> a.enabled).orElseThrow(() -> ProblemException.notFound("Account", username));
        Set<String> roles = account.roleSet();
        Set<TokenScope> scopes = Set.copyOf(request.scopes());
        List<String> refused = scopes.stream().filter(s -> !s.allowedFor(roles)).map(TokenScope::value).sorted().toList();
        if (!refused.isEmpty()) {
            throw ProblemException.forbidden("/problems/scope-not-granted", "Forbidden",
                    "Your account's roles do not grant the scopes " + refused + "; a token can have only scopes its account's roles allow");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        if (!expires.isAfter(now)) {
            throw ProblemException.invalidField("expiresAt", "must be in the future");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME))) {
            throw ProblemException.invalidField("expiresAt", "must be at most a year ahead");
        }
        long active = ApiToken.count("username = ?1 and revokedAt is null and expiresAt > ?2", username, now);
        if (active >= MAX_ACTIVE) {
            throw ProblemException.unprocessable("/problems/too-many-tokens", "Too Many Tokens",
                    "An account may hold " + MAX_ACTIVE + " active tokens; revoke one first");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.username = username;
        token.name = request.name().strip();
        token.tokenHash = hash(secret);
        token.scopes = scopes.stream().sorted().map(TokenScope::value).collect(Collectors.joining(","));
        token.createdAt = now;
        token.expiresAt = expires;
        token.persist();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("tokenId", token.id.toString());
        detail.put("name", token.name);
        detail.put("scopes", token.scopes);
        detail.put("expiresAt", expires.toString());
        audit.record(username, "TOKEN_ISSUED", "account", username, detail, now);
        return TokenView.of(token, secret);
    }

    /** The account's tokens that still work (neither revoked nor expired), newest first. */
    public List<TokenView> list(String username) {
        return ApiToken.<ApiToken>find("username = ?1 and revokedAt is null and expiresAt > ?2", username, Instant.now()).list().stream()
                .sorted(Comparator.comparing((ApiToken t) -> t.createdAt).reversed().thenComparing(t -> t.id))
                .map(TokenView::of).toList();
    }

    /** The revokeToken use case: one of the caller's own tokens that is not revoked yet; anything else is a 404. */
    @Transactional
    public void revoke(String username, UUID id) {
        ApiToken token = ApiToken.<ApiToken>find("id = ?1 and username = ?2 and revokedAt is null", id, username).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Token", id));
        Instant now = Instant.now();
        token.revokedAt = now;
        audit.record(username, "TOKEN_REVOKED", "account", username, Map.of("tokenId", id.toString(), "name", token.name), now);
    }

    /**
     * The identity a bearer secret signs in as, or empty when it is malformed, unknown, revoked or
     * expired, or its account is disabled. Roles: each scope's role that the account holds now, and
     * {@link Roles#READER} for the read scope.
     */
    @Transactional
    public Optional<Bearer> authenticate(String secret) {
        if (secret == null || secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
            return Optional.empty(); // not one of ours: no query
        }
        Instant now = Instant.now();
        ApiToken token = ApiToken.<ApiToken>find("tokenHash", hash(secret)).firstResult();
        if (token == null || token.revokedAt != null || !token.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        Account account = Account.findByUsername(token.username).filter(a -> a.enabled).orElse(null);
        if (account == null) {
            return Optional.empty();
        }
        Set<String> accountRoles = account.roleSet();
        Set<String> roles = new TreeSet<>();
        for (TokenScope scope : token.scopeSet()) {
            if (scope.allowedFor(accountRoles)) {
                roles.add(scope.role().orElse(Roles.READER));
            }
        }
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            token.lastUsedAt = now.truncatedTo(ChronoUnit.MINUTES);
        }
        return Optional.of(new Bearer(account.username, roles, token.id));
    }

    /** SHA-256 of the whole secret, in hex: what the table keeps. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
