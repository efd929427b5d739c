package org.heritageregistry.common;

import java.util.List;
import java.util.function.Function;

/** Cuts a keyset query result (fetched with one row more than the limit) into a {@link Page}. */
public final class Pages {

    private Pages() {
    }

    public static <E, V> Page<V> of(List<E> fetched, int limit, Function<E, String> cursorOf, Function<List<E>, List<V>> view) {
        boolean more = fetched.size() > limit;
        List<E> rows = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf.apply(rows.get(rows.size() - 1)) : null;
        return new Page<>(view.apply(rows), next);
    }
}
