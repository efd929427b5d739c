package org.heritageregistry.conflict;

/**
 * The filters of the conflict list; a null field does not filter. {@code resolved} is the 1.0
 * filter, kept for its clients: false is state OPEN, true the other two. {@code siteId} takes a site's own conflicts and its monuments'. */
public record ConflictFilter(String monumentId, String siteId, ConflictKind kind, ConflictState state, Boolean resolved) {

    public static ConflictFilter ofMonument(String monumentId, ConflictState state, Boolean resolved) {
        return new ConflictFilter(monumentId, null, null, state, resolved);
    }
}
