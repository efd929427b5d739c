package org.heritageregistry.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last item of a page. Clients must treat it as
 * opaque; it is base64url so it travels in a query string unescaped.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';
    private static final String PREFIX = "v1" + SEPARATOR;

    private Cursor() {
    }

    public static String encode(String... keys) {
        String raw = PREFIX + String.join(String.valueOf(SEPARATOR), keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode} with {@code arity} keys; anything else is a 400. */
    public static List<String> decode(String cursor, int arity) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                List<String> keys = List.of(raw.substring(PREFIX.length()).split(String.valueOf(SEPARATOR), -1));
                if (keys.size() == arity && keys.stream().noneMatch(String::isEmpty)) {
                    return keys;
                }
            }
        } catch (IllegalArgumentException e) {
            // fall through: not base64url
        }
        throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
    }
}
