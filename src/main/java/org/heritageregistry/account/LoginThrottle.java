package org.heritageregistry.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Slows down password guessing without letting an outsider lock a colleague out
 * (docs/reliability.md, "Sign-in throttling", says why this design). Failures are counted three
 * ways, each with its own allowance: per name and address (one attacker on one account), per
 * address (one attacker spraying many names) and per name across addresses (one account attacked
 * from many). Past an allowance every further failure doubles a delay, from
 * {@code first-delay} up to {@code max-delay}; during a delay the attempt is refused with 429 and
 * Retry-After before its password is checked, so a delayed guess learns nothing.
 *
 * <p>An address the account signed in from before is known, and is never delayed: the owner at
 * their usual address gets in with the right password whatever others are trying, and user names
 * (public in every report's submittedBy) are no lever against anyone. The price: someone sharing
 * the owner's address (the same office NAT) guesses at bcrypt's pace only; the failures are
 * logged.
 *
 * <p>Kept in memory, so each instance counts its own; a restart forgets the counts and the known
 * addresses. Both live in Caffeine caches with a maximum size and expiry, so a stream of made-up
 * names or addresses cannot grow them: past the size Caffeine evicts by frequency (W-TinyLFU), so
 * a counter under a sustained attack is touched often and stays, while one-off keys mostly never
 * get in. Logs name the account and address, never the password.
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
    /** Addresses come from {@code ClientAddress}, at most 45 characters; cut again in case a caller passes something else. */
    private static final int LONGEST_ADDRESS = 45;

    /** Times are {@link Ticker} readings (nanoseconds), the clock the cache expires entries by. */
    private record Failures(int count, long last, long delayedUntil) {

        /** Until when the entry matters: a delay runs its course even past the window. */
        long endsAt(Duration window) {
            return Math.max(last + window.toNanos(), delayedUntil);
        }

        long nanosToWait(long now) {
            return Math.max(0, delayedUntil - now);
        }
    }

    private final Cache<String, Failures> failures;
    private final Cache<String, Boolean> known;
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
                .expireAfter(Expiry.writing((String key, Failures f) -> Duration.ofNanos(Math.max(0, f.endsAt(config.window()) - ticker.read()))))
                .ticker(ticker)
                .build();
        this.known = Caffeine.newBuilder()
                .maximumSize(config.maxKnownAddresses())
                .expireAfterWrite(config.knownAddressTtl())
                .ticker(ticker)
                .build();
    }

    /** Seconds the caller must wait before this name may be tried from this address; 0: go ahead and check the password. */
    public long secondsToWait(String username, String address) {
        if (isKnown(username, address)) {
            return 0;
        }
        long now = ticker.read();
        long nanos = Math.max(wait(pair(username, address), now), Math.max(wait(addressKey(address), now), wait(nameKey(username), now)));
        return nanos == 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    public void failed(String username, String address) {
        if (isKnown(username, address)) {
            LOG.warnf("Failed sign-in for account '%s' from %s, an address it signed in from before", sanitize(username), sanitize(address));
            return;
        }
        Failures onPair = count(pair(username, address), config.maxFailures());
        Failures onAddress = count(addressKey(address), config.maxFailuresPerAddress());
        Failures onName = count(nameKey(username), config.maxFailuresPerName());
        LOG.warnf("Failed sign-in for account '%s' from %s (%d from there, %d from that address, %d for that name in the current window)",
                sanitize(username), sanitize(address), onPair.count(), onAddress.count(), onName.count());
    }

    /** The address becomes known for the account, so that no one else's failures can delay the owner there. */
    public void succeeded(String username, String address) {
        failures.invalidate(pair(username, address));
        known.put(pair(username, address), Boolean.TRUE);
    }

    boolean isKnown(String username, String address) {
        return known.getIfPresent(pair(username, address)) != null;
    }

    /** How many counters are kept now (after Caffeine's pending evictions and expiries ran). */
    long trackedNames() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    /** How many (account, address) pairs are known now. */
    long knownAddresses() {
        known.cleanUp();
        return known.estimatedSize();
    }

    private long wait(String key, long now) {
        Failures f = failures.getIfPresent(key);
        return f == null ? 0 : f.nanosToWait(now);
    }

    private Failures count(String key, int allowance) {
        long now = ticker.read();
        return failures.asMap().compute(key, (k, f) -> {
            int count = f == null || now - f.endsAt(config.window()) >= 0 ? 1 : f.count() + 1;
            long until = count > allowance ? now + delay(count - allowance).toNanos() : 0;
            // a delay runs its course: a failure during it (a caller that ignores Retry-After) does not shorten it
            return new Failures(count, now, f == null ? until : Math.max(until, f.delayedUntil()));
        });
    }

    /** The n-th delay (n from 1): first-delay doubled n-1 times, at most max-delay. */
    Duration delay(int n) {
        Duration max = config.maxDelay();
        if (n > 40) {
            return max;
        }
        Duration d = config.firstDelay().multipliedBy(1L << (n - 1));
        return d.compareTo(max) > 0 ? max : d;
    }

    private static String pair(String username, String address) {
        return "p\0" + shortName(username) + "\0" + shortAddress(address);
    }

    private static String addressKey(String address) {
        return "a\0" + shortAddress(address);
    }

    private static String nameKey(String username) {
        return "n\0" + shortName(username);
    }

    private static String shortName(String username) {
        return username.length() > LONGEST_KEY ? username.substring(0, LONGEST_KEY) : username;
    }

    private static String shortAddress(String address) {
        return address == null ? "unknown" : address.length() > LONGEST_ADDRESS ? address.substring(0, LONGEST_ADDRESS) : address;
    }

    /** A username is client input: keep control characters out of the log. */
    private static String sanitize(String username) {
        String printable = username.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
