package org.heritageregistry.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's rules, on its own clock: what it keeps in memory stays bounded in count and in
 * time whatever names and addresses are tried, delays double, and a known address is never delayed.
 */
class LoginThrottleLimitsTest {

    /** The test's clock, in nanoseconds; the throttle and its caches read nothing else. */
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
    void fiftyThousandMadeUpNamesAndAddressesLeaveTheCountersBounded() {
        LoginThrottle throttle = throttle(5, 20, 100, 10_000);
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("made-up-" + i + "x".repeat(5_000), "10.0." + (i / 256 % 256) + "." + (i % 256));
        }
        long tracked = throttle.trackedNames();
        assertTrue(tracked <= 10_000, "tracked " + tracked + " counters, more than the 10,000 allowed");
        assertTrue(tracked > 0, "nothing tracked at all");
    }

    @Test
    void knownAddressesAreBoundedToo() {
        LoginThrottle throttle = throttle(5, 20, 100, 10_000);
        for (int i = 0; i < 50_000; i++) {
            throttle.succeeded("curator", "10.1." + (i / 256 % 256) + "." + (i % 256));
        }
        assertTrue(throttle.knownAddresses() <= 1_000, "known " + throttle.knownAddresses() + " pairs, more than the 1,000 allowed");
    }

    @Test
    void anAddressUnderAttackIsStillDelayedAfterAFloodOfOneOffNames() {
        LoginThrottle throttle = throttle(3, 1_000_000, 1_000_000, 1_000);
        for (int i = 0; i < 20; i++) {
            throttle.failed("curator", "198.51.100.1");
        }
        assertTrue(throttle.secondsToWait("curator", "198.51.100.1") > 0);
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("made-up-" + i, "192.0.2." + (i % 200));
            if (i % 100 == 0) {
                throttle.secondsToWait("curator", "198.51.100.1"); // the attack goes on meanwhile
            }
        }
        throttle.trackedNames();
        assertTrue(throttle.secondsToWait("curator", "198.51.100.1") > 0, "a flood of one-off names ended the attacker's delay");
    }

    @Test
    void delaysDoubleFromTheFirstUpToTheLongest() {
        LoginThrottle throttle = throttle(3, 1_000_000, 1_000_000, 10_000);
        assertEquals(Duration.ofSeconds(1), throttle.delay(1));
        assertEquals(Duration.ofSeconds(2), throttle.delay(2));
        assertEquals(Duration.ofSeconds(512), throttle.delay(10));
        assertEquals(Duration.ofMinutes(15), throttle.delay(11));
        assertEquals(Duration.ofMinutes(15), throttle.delay(1_000));
        for (int i = 0; i < 3; i++) {
            throttle.failed("curator", "198.51.100.1");
        }
        assertEquals(0, throttle.secondsToWait("curator", "198.51.100.1"), "delayed within the allowance");
        throttle.failed("curator", "198.51.100.1");
        assertEquals(1, throttle.secondsToWait("curator", "198.51.100.1"));
        advance(Duration.ofSeconds(1));
        throttle.failed("curator", "198.51.100.1");
        assertEquals(2, throttle.secondsToWait("curator", "198.51.100.1"));
    }

    @Test
    void theOwnersKnownAddressIsNeverDelayed() {
        LoginThrottle throttle = throttle(3, 20, 100, 10_000);
        throttle.succeeded("curator", "203.0.113.10");
        for (int i = 0; i < 1_000; i++) {
            // one attacker, and many: the per-pair, per-address and per-name counters all run over
            throttle.failed("curator", "198.51.100.1");
            throttle.failed("curator", "192.0.2." + (i % 250));
        }
        assertTrue(throttle.secondsToWait("curator", "198.51.100.1") > 0);
        assertTrue(throttle.secondsToWait("curator", "192.0.2.7") > 0);
        assertTrue(throttle.secondsToWait("curator", "203.0.113.99") > 0, "an unknown address of a name under a spread-out attack");
        assertEquals(0, throttle.secondsToWait("curator", "203.0.113.10"), "the owner's known address was delayed");
    }

    @Test
    void anAddressSprayingNamesIsDelayedForAnyName() {
        LoginThrottle throttle = throttle(5, 10, 100, 10_000);
        for (int i = 0; i < 11; i++) {
            throttle.failed("name-" + i, "198.51.100.1");
        }
        assertTrue(throttle.secondsToWait("never-tried", "198.51.100.1") > 0);
        assertEquals(0, throttle.secondsToWait("never-tried", "198.51.100.2"));
    }

    @Test
    void countersGoOnceTheirWindowIsOver() {
        LoginThrottle throttle = throttle(5, 1_000_000, 1_000_000, 10_000);
        for (int i = 0; i < 100; i++) {
            throttle.failed("name-" + i, "198.51.100.1");
        }
        assertEquals(201, throttle.trackedNames(), "a counter per name and address, per name, and one for the address");
        advance(Duration.ofMinutes(16));
        assertEquals(0, throttle.trackedNames(), "failures outside their window are still held");
    }

    @Test
    void aDelayRunsItsCourseEvenPastTheWindow() {
        LoginThrottle throttle = throttle(1, 1_000_000, 1_000_000, 10_000);
        for (int i = 0; i < 12; i++) {
            throttle.failed("curator", "198.51.100.1");
        }
        advance(Duration.ofMinutes(14)); // the last delay is the longest, 15 minutes
        assertTrue(throttle.secondsToWait("curator", "198.51.100.1") > 0);
        advance(Duration.ofMinutes(2));
        assertEquals(0, throttle.secondsToWait("curator", "198.51.100.1"));
    }

    @Test
    void aSuccessForgetsThePairsFailures() {
        LoginThrottle throttle = throttle(2, 1_000_000, 1_000_000, 10_000);
        throttle.failed("curator", "198.51.100.1");
        throttle.failed("curator", "198.51.100.1");
        throttle.succeeded("curator", "198.51.100.1");
        throttle.failed("curator", "198.51.100.1");
        assertEquals(0, throttle.secondsToWait("curator", "198.51.100.1"));
    }

    @Test
    void aNameLongerThanAnyAccountIsKeptShort() {
        LoginThrottle throttle = throttle(1, 1_000_000, 1_000_000, 10_000);
        String prefix = "x".repeat(LoginThrottle.LONGEST_KEY);
        throttle.failed(prefix + "a".repeat(10_000), "198.51.100.1");
        throttle.failed(prefix + "b".repeat(10_000), "198.51.100.1");
        assertEquals(3, throttle.trackedNames(), "two long names with the same first 65 characters are no accounts and share their counters");
        assertTrue(throttle.secondsToWait(prefix + "c", "198.51.100.1") > 0);
        String longestAccount = "y".repeat(64);
        assertEquals(0, throttle.secondsToWait(longestAccount, "198.51.100.1"), "a name of account length has a count of its own");
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    private LoginThrottle throttle(int maxFailures, int perAddress, int perName, int maxTracked) {
        AccountConfig.Login login = new AccountConfig.Login() {
            @Override
            public int maxFailures() {
                return maxFailures;
            }

            @Override
            public int maxFailuresPerAddress() {
                return perAddress;
            }

            @Override
            public int maxFailuresPerName() {
                return perName;
            }

            @Override
            public Duration window() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration firstDelay() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration maxDelay() {
                return Duration.ofMinutes(15);
            }

            @Override
            public int maxTrackedNames() {
                return maxTracked;
            }

            @Override
            public int maxKnownAddresses() {
                return 1_000;
            }

            @Override
            public Duration knownAddressTtl() {
                return Duration.ofDays(30);
            }

            @Override
            public Duration cacheTtl() {
                return Duration.ofMinutes(1);
            }
        };
        return new LoginThrottle(login, now::get);
    }
}
