package org.heritageregistry.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts failed sign-ins per username and locks the name out for a while after too many. Kept in
 * memory, so each instance counts its own failures; a restart forgets them. Logs name the account,
 * never the password.
 *
 * <p>The counts live in a Caffeine cache: each entry expires when its window (or, once locked, its
 * lockout) is over, and at most {@code registry.login.max-tracked-names} names are tracked, so a
 * stream of made-up names cannot grow it without limit. Past that size Caffeine evicts by
 * frequency (W-TinyLFU): a name under a sustained guessing attack is touched often and stays,
 * while one-off names mostly never get in.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    /**
     * Account names are varchar(64): a longer name is no account, and its first 65 characters still
     * set it apart from every account, so that is all of it that is kept (a Basic header can carry
     * a name of many kilobytes).
     */
    static final int LONGEST_KEY = 65;

    /** Times are {@link Ticker} readings (nanoseconds), the clock the cache expires entries by. */
    private record Failures(int count, long first, boolean locked, long lockedUntil) {

        /** Until when the entry matters: a lock runs its course even past the window. */
        long endsAt(Duration window) {
            return locked ? lockedUntil : first + window.toNanos();
        }

        boolean lockedAt(long now) {
            return locked && now - lockedUntil < 0;
        }
    }

    private final Cache<String, Failures> failures;
    private final AccountConfig.Login config;
    private final Ticker ticker;

    @Inject
    LoginThrottle(AccountConfig config) {
        this(config.login(), Ticker.systemTicker());
    }

    LoginThrottle(AccountConfig.Login config, Ticker ticker) {
        this.config = config;
        this.ticker = ticker;
        this.failures = Caffeine.newBuilder()
                .maximumSize(config.maxTrackedNames())
                .expireAfter(Expiry.writing((String name, Failures f) -> Duration.ofNanos(Math.max(0, f.endsAt(config.window()) - ticker.read()))))
                .ticker(ticker)
                .build();
    }

    public boolean isLocked(String username) {
        Failures f = failures.getIfPresent(key(username));
        return f != null && f.lockedAt(ticker.read());
    }

    public void failed(String username) {
        long now = ticker.read();
        Failures updated = failures.asMap().compute(key(username), (name, f) -> {
            if (f == null || now - f.endsAt(config.window()) >= 0) {
                return counted(1, now, now);
            }
            // A lock runs its course: attempts during it are counted but do not extend it.
            return f.locked() ? new Failures(f.count() + 1, f.first(), true, f.lockedUntil()) : counted(f.count() + 1, f.first(), now);
        });
        LOG.warnf("Failed sign-in for account '%s' (%d in the current window)", sanitize(username), updated.count());
        if (updated.locked() && updated.count() == config.maxFailures()) {
            Instant until = Instant.now().plusNanos(updated.lockedUntil() - now);
            LOG.warnf("Account '%s' locked until %s after %d failed sign-ins", sanitize(username), until, updated.count());
        }
    }

    public void succeeded(String username) {
        failures.invalidate(key(username));
    }

    /** How many names are tracked now (after Caffeine's pending evictions and expiries ran). */
    long trackedNames() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private Failures counted(int count, long first, long now) {
        boolean lock = count >= config.maxFailures();
        return new Failures(count, first, lock, lock ? now + config.lockout().toNanos() : 0);
    }

    private static String key(String username) {
        return username.length() > LONGEST_KEY ? username.substring(0, LONGEST_KEY) : username;
    }

    /** A username is client input: keep control characters out of the log. */
    private static String sanitize(String username) {
        String printable = username.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
