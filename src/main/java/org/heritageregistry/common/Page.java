package org.heritageregistry.common;

import java.util.List;

/** One page of a keyset-paginated list; {@code nextCursor} is absent on the last page. */
public record Page<T>(List<T> items, String nextCursor) {
}
