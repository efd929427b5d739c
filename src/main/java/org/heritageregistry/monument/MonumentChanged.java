package org.heritageregistry.monument;

/** A monument's version moved in the current transaction; observed once it commits. */
public record MonumentChanged(String monumentIdOrEvery) {
}
