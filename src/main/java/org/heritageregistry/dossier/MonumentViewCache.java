package org.heritageregistry.dossier;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The last JSON written for each monument's view and history, public and revealed forms apart,
 * kept with the monument version it was built from. Every write that changes what they show (a
 * report, a correction, a decision) bumps that version in the database, so an entry is reused
 * only while a one-column primary-key read says the version is unchanged: never stale, on any
 * instance. That read replaces the statements that build the answer (six for the view, four for a
 * history of any length) and the JSON serialisation, which for a history of 100 reports is most of
 * the request's time.
 */
@ApplicationScoped
public class MonumentViewCache {

    /** Bounded: a few thousand answers of a few kilobytes each (a long history, some tens). */
    private static final int MAX_ENTRIES = 4_000;

    public enum Form { VIEW, HISTORY }

    /** The JSON of one answer, the answer itself (for the exports to write from), and the monument version it shows. */
    public record Json(long version, byte[] body, Object answer) {
    }

    /** What a builder returns: the answer object and the version it was read at. */
    public record Built(long version, Object answer) {
    }

    private record Key(String monumentId, Form form, boolean revealed) {
    }

    private final Cache<Key, Json> entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();
    private final ObjectMapper json;

    MonumentViewCache(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON for this version, from the cache when it was written from it, else built now and kept. */
    public Json get(String monumentId, Form form, boolean revealed, long currentVersion, Supplier<Built> build) {
        Key key = new Key(monumentId, form, revealed);
        Json cached = entries.getIfPresent(key);
        if (cached != null && cached.version() == currentVersion) {
            return cached;
        }
        Built built = build.get();
        Json fresh = new Json(built.version(), write(built.answer()), built.answer());
        // two requests may build concurrently from different versions: the newer one stays
        entries.asMap().merge(key, fresh, (old, candidate) -> old.version() >= candidate.version() ? old : candidate);
        return fresh;
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a monument answer could not be written as JSON", e);
        }
    }
}
