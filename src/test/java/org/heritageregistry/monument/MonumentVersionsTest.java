package org.heritageregistry.monument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The rules of the remembered versions, without a database: what is kept, when, and what is dropped. */
class MonumentVersionsTest {

    private final AtomicLong stored = new AtomicLong(7);
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<Long> readStored(String id) {
        reads.incrementAndGet();
        return Optional.of(stored.get());
    }

    /** As on an embedded database, where this instance's own commits are all the changes. */
    private static MonumentVersions trustedAlways() {
        MonumentVersions versions = new MonumentVersions();
        versions.trustAlways();
        return versions;
    }

    @Test
    void whileTrustedAVersionIsReadOnceAndThenRemembered() {
        MonumentVersions versions = trustedAlways();
        assertEquals(Optional.of(7L), versions.current("temple-of-bel", this::readStored));
        assertEquals(Optional.of(7L), versions.current("temple-of-bel", this::readStored));
        assertEquals(1, reads.get());
    }

    @Test
    void aChangeDropsTheRememberedVersion() {
        MonumentVersions versions = trustedAlways();
        versions.current("temple-of-bel", this::readStored);
        stored.set(8);
        versions.changed("temple-of-bel");
        assertEquals(Optional.of(8L), versions.current("temple-of-bel", this::readStored));
        assertEquals(2, reads.get());
    }

    @Test
    void aVersionReadWhileAChangeLandsIsNotKept() {
        MonumentVersions versions = trustedAlways();
        // the read sees version 7; before it returns, another transaction commits 8 and drops the entry
        Optional<Long> raced = versions.current("temple-of-bel", id -> {
            Optional<Long> before = readStored(id);
            stored.set(8);
            versions.changed(id);
            return before;
        });
        assertEquals(Optional.of(7L), raced);
        assertEquals(Optional.of(8L), versions.current("temple-of-bel", this::readStored), "the older version must not have been kept");
    }

    @Test
    void anAbsentMonumentIsNotRemembered() {
        MonumentVersions versions = trustedAlways();
        assertEquals(Optional.empty(), versions.current("temple-of-nabu", id -> Optional.empty()));
        assertEquals(Optional.of(7L), versions.current("temple-of-nabu", this::readStored));
    }

    @Test
    void untrustedEveryReadGoesToTheDatabase() {
        MonumentVersions versions = new MonumentVersions();
        versions.current("temple-of-bel", this::readStored);
        versions.current("temple-of-bel", this::readStored);
        assertFalse(versions.trusted());
        assertEquals(2, reads.get());
        assertEquals(0, versions.size());
    }

    @Test
    void trustLapsesWhenTheListenerFallsSilentAndNothingKeptBeforeSurvivesIt() throws InterruptedException {
        MonumentVersions versions = new MonumentVersions();
        versions.trustFor(Duration.ofMillis(200).toNanos());
        assertTrue(versions.trusted());
        versions.current("temple-of-bel", this::readStored);
        Thread.sleep(300);
        assertFalse(versions.trusted(), "a listener silent past its trust must not be trusted");
        stored.set(8);
        versions.trustFor(Duration.ofSeconds(10).toNanos());
        assertEquals(Optional.of(8L), versions.current("temple-of-bel", this::readStored), "a change made during the lapse may have been missed");
    }

    @Test
    void distrustForgetsEverything() {
        MonumentVersions versions = new MonumentVersions();
        versions.trustFor(Duration.ofSeconds(10).toNanos());
        versions.current("temple-of-bel", this::readStored);
        versions.distrust();
        assertFalse(versions.trusted());
        assertEquals(0, versions.size());
    }
}
