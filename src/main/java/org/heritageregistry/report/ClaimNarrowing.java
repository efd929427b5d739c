package org.heritageregistry.report;

import java.util.Map;

/**
 * A condition a query of claims adds to its own, in JPQL over the alias {@code r} (a
 * {@link DamageReport}), with its parameters: what a caller knows it need not read, said to the
 * database so that the rows are not loaded at all.
 */
public record ClaimNarrowing(String where, Map<String, Object> parameters) {

    /** Keeps every claim. */
    public static final ClaimNarrowing NONE = new ClaimNarrowing("1 = 1", Map.of());

    /** Keeps no claim (the query still runs, so a write's statements stay the same in number). */
    public static final ClaimNarrowing NOTHING = new ClaimNarrowing("1 = 0", Map.of());
}
