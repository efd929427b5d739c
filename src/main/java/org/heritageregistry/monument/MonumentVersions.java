package org.heritageregistry.monument;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Each monument's current version, held in memory so that reading a monument or its history (and
 * answering 304) needs no statement at all. A version may be trusted only while every change to it
 * is heard of: a write on this instance drops it after its commit ({@link MonumentChangeSignal}), a
 * write on another instance through PostgreSQL's NOTIFY ({@link MonumentChangeListener}). While
 * nothing vouches for that (a PostgreSQL listener not yet connected, or silent for too long), every
 * read goes to the database, as before this class.
 *
 * <p>A read that races with a change must not put the older version back after the change dropped
 * it: each drop bumps a generation, and a version read from the database is kept only if the
 * generation is the same after it was stored as before it was read.
 */
@ApplicationScoped
public class MonumentVersions {

    /** Every monument of the large benchmark registry and more; an entry is a short id and a long. */
    private static final int MAX_ENTRIES = 50_000;

    private final Cache<String, Long> known = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final AtomicLong generation = new AtomicLong();
    /** Until when the versions may be trusted, in System.nanoTime(); Long.MIN_VALUE: not at all. */
    private volatile long trustedUntil = Long.MIN_VALUE;
    private volatile boolean alwaysTrusted;

    /** The current version: from memory while trusted, else one primary-key read (kept when trusted). */
    public Optional<Long> current(String monumentId, Function<String, Optional<Long>> read) {
        if (!trusted()) {
            return read.apply(monumentId);
        }
        Long cached = known.getIfPresent(monumentId);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<Long> fresh = read.apply(monumentId);
        if (fresh.isPresent()) {
            known.put(monumentId, fresh.get());
            if (generation.get() != before || !trusted()) {
                known.invalidate(monumentId);
            }
        }
        return fresh;
    }

    /** The monument changed (its transaction has ended): its next read goes to the database. */
    public void changed(String monumentId) {
        generation.incrementAndGet();
        known.invalidate(monumentId);
    }

    /** Anything may have changed unheard of (a listener reconnected, a registry imported). */
    public void forgetAll() {
        generation.incrementAndGet();
        known.invalidateAll();
    }

    /** With one instance only (an embedded database), its own commits are all the changes there are. */
    void trustAlways() {
        forgetAll();
        alwaysTrusted = true;
    }

    /**
     * A listener heard from the database just now, after taking every notification that had
     * arrived; its silence is trusted for this long. After a lapse nothing kept is trusted again.
     */
    void trustFor(long nanos) {
        if (!trusted()) {
            forgetAll();
        }
        trustedUntil = System.nanoTime() + nanos;
    }

    /** The listener lost its connection: stop trusting at once and drop what it may have missed. */
    void distrust() {
        trustedUntil = Long.MIN_VALUE;
        forgetAll();
    }

    public boolean trusted() {
        if (alwaysTrusted) {
            return true;
        }
        long until = trustedUntil;
        return until != Long.MIN_VALUE && System.nanoTime() - until < 0;
    }

    long size() {
        return known.estimatedSize();
    }
}
