package org.heritageregistry.common;

/** The paging part of a list request, already validated by the resource. */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
}
