package org.heritageregistry.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an edit of a curated record (a monument, a site) changed, as the audit line, the revision
 * row and GET .../revisions show it: each changed field with its value before ({@code from}) and
 * after ({@code to}), in the order the fields are compared. Also the JSON forms a revision row
 * keeps the alternate names in, so every curated record stores and reads them back the same way.
 */
public final class RecordChanges {

    private final Map<String, Map<String, Object>> changed = new LinkedHashMap<>();

    /** Adds the field when its value moves. */
    public RecordChanges compare(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changed.put(field, change);
        }
        return this;
    }

    public Map<String, Map<String, Object>> asMap() {
        return changed;
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    public boolean has(String field) {
        return changed.containsKey(field);
    }

    /** Names as plain maps: comparable with equals, and written to JSON as {"name", "lang"}. */
    public static List<Map<String, String>> namesAsMaps(List<LocalizedName> names) {
        return names == null ? List.of() : names.stream().map(n -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("name", n.name);
            one.put("lang", n.lang);
            return one;
        }).toList();
    }

    /** The names a revision row kept as JSON (written from {@link #namesAsMaps}). */
    public static List<LocalizedName> namesOf(String stored, ObjectMapper json) {
        try {
            List<Map<String, String>> maps = json.readValue(stored, new TypeReference<List<Map<String, String>>>() {
            });
            return maps.stream().map(n -> new LocalizedName(n.get("name"), n.get("lang"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }

    public static Map<String, Double> locationAsMap(GeoPoint point) {
        if (point == null) {
            return null;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("latitude", point.latitude());
        out.put("longitude", point.longitude());
        return out;
    }

    public static String toJson(Object value, ObjectMapper json) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not serialisable", e);
        }
    }

    /** The revision number a page of revisions resumes after: 0 without a cursor. */
    public static int revisionAfter(String cursor) {
        List<String> after = Cursor.decode(cursor, 1);
        if (after == null) {
            return 0;
        }
        try {
            return Integer.parseInt(after.get(0));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
