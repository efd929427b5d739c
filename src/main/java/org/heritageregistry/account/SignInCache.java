package org.heritageregistry.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Remembers recent successful sign-ins for a short while. HTTP Basic sends the password with every
 * request, and bcrypt is slow on purpose (about 70 ms of CPU at cost 10), so without this an
 * integrating service would pay it on every call and a two-core instance would top out near 30
 * authenticated requests a second. The cache holds a salted SHA-256 of the password, never the
 * password; the salt is random per process. Any failed sign-in for the account drops its entry,
 * and a change of the account through the API (AccountService: disabled, roles, password) drops it
 * on the instance that made the change, at once and again after the commit ({@link AccountChanged}).
 *
 * <p>With several instances on one database (.ci/two-instances) another instance does not hear of
 * the change, so an entry also keeps the account's version, and a remembered sign-in is used only
 * while the account is still enabled at that version: one indexed read per request (as tokens and
 * page sessions make), so a disabled account, a new password or changed roles stop the old
 * credentials everywhere at once. Caffeine bounds size and age ({@code registry.login.cache-ttl};
 * 0 turns the cache off, and every Basic request pays bcrypt).
 */
@ApplicationScoped
public class SignInCache {

    private record Entry(byte[] digest, Set<String> roles, long version) {
    }

    /** The roles of a remembered sign-in, and the version of the account they were read from. */
    public record Remembered(Set<String> roles, long version) {
    }

    private final Cache<String, Entry> entries;
    private final byte[] salt = new byte[32];
    private final boolean enabled;

    SignInCache(AccountConfig config) {
        Duration ttl = config.login().cacheTtl();
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.entries = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofMillis(1)).maximumSize(10_000).build();
        new SecureRandom().nextBytes(salt);
    }

    public Optional<Remembered> rolesIfRemembered(String username, String password) {
        if (!enabled) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(username);
        if (entry == null || !MessageDigest.isEqual(entry.digest(), digest(username, password))) {
            return Optional.empty();
        }
        return Optional.of(new Remembered(entry.roles(), entry.version()));
    }

    public void remember(String username, String password, Set<String> roles, long version) {
        if (enabled) {
            entries.put(username, new Entry(digest(username, password), Set.copyOf(roles), version));
        }
    }

    public void forget(String username) {
        entries.invalidate(username);
    }

    /** After the commit of a change to the account: a sign-in that read the old row meanwhile is not kept. */
    void changed(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        entries.invalidate(change.username());
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
