package org.heritageregistry.common;

/** The paging part of a list request, already validated by the resource. */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    /**
     * The largest page. Also the batch size of the collections a page shows (causes, evidence,
     * names: {@code @BatchSize}), so that each loads for a whole page in one statement. A page
     * query reads one row more than the limit; an eager collection is loaded for that row too,
     * so an eager one needs one more (Site's names).
     */
    public static final int MAX_LIMIT = 100;
}
