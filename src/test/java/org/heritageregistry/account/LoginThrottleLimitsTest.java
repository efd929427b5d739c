package org.heritageregistry.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the throttle keeps in memory: bounded in count and in time, whatever names are tried. */
class LoginThrottleLimitsTest {

    /** The test's clock, in nanoseconds; the throttle and its cache read nothing else. */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    /** Held, so the level set on it is not lost to garbage collection; every failure logs a warning. */
    private final Logger throttleLog = Logger.getLogger(LoginThrottle.class.getName());
    private Level levelBefore;

    @BeforeEach
    void quiet() {
        levelBefore = throttleLog.getLevel();
        throttleLog.setLevel(Level.SEVERE);
    }

    @AfterEach
    void restore() {
        throttleLog.setLevel(levelBefore);
    }

    @Test
    void fiftyThousandMadeUpNamesLeaveTheTrackedNamesBounded() {
        LoginThrottle throttle = throttle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 10_000);
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("made-up-" + i);
        }
        long tracked = throttle.trackedNames();
        assertTrue(tracked <= 10_000, "tracked " + tracked + " names, more than the 10,000 allowed");
        assertTrue(tracked > 0, "nothing tracked at all");
    }

    @Test
    void aNameUnderAttackIsStillLockedAfterAFloodOfOneOffNames() {
        LoginThrottle throttle = throttle(3, Duration.ofMinutes(15), Duration.ofMinutes(15), 1_000);
        for (int i = 0; i < 20; i++) {
            throttle.failed("curator");
        }
        assertTrue(throttle.isLocked("curator"));
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("made-up-" + i);
            if (i % 100 == 0) {
                throttle.isLocked("curator"); // the attack goes on meanwhile
            }
        }
        throttle.trackedNames();
        assertTrue(throttle.isLocked("curator"), "a flood of one-off names pushed the attacked account out of its lock");
    }

    @Test
    void entriesGoOnceTheirWindowIsOver() {
        LoginThrottle throttle = throttle(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 10_000);
        for (int i = 0; i < 100; i++) {
            throttle.failed("name-" + i);
        }
        assertEquals(100, throttle.trackedNames());
        advance(Duration.ofMinutes(2));
        assertEquals(0, throttle.trackedNames(), "failures outside their window are still held");
    }

    @Test
    void aLockRunsItsCourseEvenPastTheWindow() {
        LoginThrottle throttle = throttle(3, Duration.ofMinutes(1), Duration.ofMinutes(15), 10_000);
        throttle.failed("curator");
        advance(Duration.ofSeconds(50));
        throttle.failed("curator");
        throttle.failed("curator");
        assertTrue(throttle.isLocked("curator"));
        advance(Duration.ofMinutes(2)); // the window of the first failure is long over
        throttle.failed("curator");
        assertTrue(throttle.isLocked("curator"), "an attempt after the window ended the lock early");
        advance(Duration.ofMinutes(14));
        assertFalse(throttle.isLocked("curator"), "the lock outlived its lockout");
        assertEquals(0, throttle.trackedNames());
        throttle.failed("curator");
        assertFalse(throttle.isLocked("curator"), "a failure after the lock counts from one again");
    }

    @Test
    void aSuccessForgetsTheName() {
        LoginThrottle throttle = throttle(2, Duration.ofMinutes(15), Duration.ofMinutes(15), 10_000);
        throttle.failed("curator");
        throttle.succeeded("curator");
        throttle.failed("curator");
        assertFalse(throttle.isLocked("curator"));
        throttle.failed("curator");
        assertTrue(throttle.isLocked("curator"));
    }

    @Test
    void aNameLongerThanAnyAccountIsKeptShort() {
        LoginThrottle throttle = throttle(2, Duration.ofMinutes(15), Duration.ofMinutes(15), 10_000);
        String prefix = "x".repeat(LoginThrottle.LONGEST_KEY);
        throttle.failed(prefix + "a".repeat(10_000));
        throttle.failed(prefix + "b".repeat(10_000));
        assertEquals(1, throttle.trackedNames(), "two long names with the same first 65 characters are no accounts and share a count");
        assertTrue(throttle.isLocked(prefix + "c"));
        String longestAccount = "y".repeat(64);
        throttle.failed(longestAccount);
        assertFalse(throttle.isLocked(longestAccount), "a name of account length has a count of its own");
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    private LoginThrottle throttle(int maxFailures, Duration window, Duration lockout, int maxTrackedNames) {
        AccountConfig.Login login = new AccountConfig.Login() {
            @Override
            public int maxFailures() {
                return maxFailures;
            }

            @Override
            public Duration window() {
                return window;
            }

            @Override
            public Duration lockout() {
                return lockout;
            }

            @Override
            public int maxTrackedNames() {
                return maxTrackedNames;
            }

            @Override
            public Duration cacheTtl() {
                return Duration.ofMinutes(1);
            }
        };
        return new LoginThrottle(login, now::get);
    }
}
