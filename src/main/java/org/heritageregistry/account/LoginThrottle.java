package org.heritageregistry.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Counts failed sign-ins per username and locks the name out for a while after too many. Kept in
 * memory, so each instance counts its own failures; a restart forgets them. Logs name the account,
 * never the password.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant first, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AccountConfig.Login config;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(AccountConfig config) {
        this.config = config.login();
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(username);
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void failed(String username) {
        Instant now = clock.instant();
        Failures updated = failures.compute(username, (name, f) -> {
            if (f == null || now.isAfter(f.first().plus(config.window())) || (f.lockedUntil() != null && now.isAfter(f.lockedUntil()))) {
                return new Failures(1, now, null);
            }
            int count = f.count() + 1;
            // A lock runs its course: attempts during it are counted but do not extend it.
            Instant lockedUntil = f.lockedUntil() != null ? f.lockedUntil() : count >= config.maxFailures() ? now.plus(config.lockout()) : null;
            return new Failures(count, f.first(), lockedUntil);
        });
        LOG.warnf("Failed sign-in for account '%s' (%d in the current window)", sanitize(username), updated.count());
        if (updated.lockedUntil() != null && updated.count() == config.maxFailures()) {
            LOG.warnf("Account '%s' locked until %s after %d failed sign-ins", sanitize(username), updated.lockedUntil(), updated.count());
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    /** A username is client input: keep control characters out of the log. */
    private static String sanitize(String username) {
        String printable = username.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }
}
