package org.heritageregistry.monument;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The last built view of each monument, public and revealed forms apart, kept with the monument
 * version it was built from. Every write that changes what the view shows (a report, a
 * correction, a decision) bumps that version in the database, so a view is reused only while a
 * one-column primary-key read says the version is unchanged: never stale, on any instance.
 * That read replaces the six statements that build the view (the monument, its established and
 * latest claims, their sources).
 */
@ApplicationScoped
public class MonumentViewCache {

    /** Bounded: a few thousand views of a few kilobytes each. */
    private static final int MAX_VIEWS = 4_000;

    public record Built(long version, MonumentView view) {
    }

    private record Key(String monumentId, boolean revealed) {
    }

    private final Cache<Key, Built> views = Caffeine.newBuilder().maximumSize(MAX_VIEWS).build();

    /** The view for this version, from the cache when it was built from it, else built now and kept. */
    public Built get(String monumentId, boolean revealed, long currentVersion, Supplier<Built> build) {
        Key key = new Key(monumentId, revealed);
        Built cached = views.getIfPresent(key);
        if (cached != null && cached.version() == currentVersion) {
            return cached;
        }
        Built fresh = build.get();
        views.asMap().merge(key, fresh, (old, candidate) -> old.version() >= candidate.version() ? old : candidate);
        return fresh;
    }
}
