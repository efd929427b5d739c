package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a source qualified a number: "25" is EXACTLY 25, "more than 20" is MORE_THAN 20. */
@Schema(name = "CountQualifier", description = "How the source qualified the number: EXACTLY (\"25\"), ABOUT (\"some 25\"), AT_LEAST, "
        + "MORE_THAN (\"more than 20\"), AT_MOST, FEWER_THAN.")
public enum CountQualifier {
    EXACTLY, ABOUT, AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN;

    /** The smallest value the statement allows. ABOUT is read as within a fifth either way. */
    public long lowest(int value) {
        return switch (this) {
            case EXACTLY, AT_LEAST -> value;
            case MORE_THAN -> value + 1L;
            case ABOUT -> (long) Math.floor(value * 0.8);
            case AT_MOST, FEWER_THAN -> 0;
        };
    }

    /** The largest value the statement allows; Long.MAX_VALUE when it sets no upper bound. */
    public long highest(int value) {
        return switch (this) {
            case EXACTLY, AT_MOST -> value;
            case FEWER_THAN -> value - 1L;
            case ABOUT -> (long) Math.ceil(value * 1.2);
            case AT_LEAST, MORE_THAN -> Long.MAX_VALUE;
        };
    }
}
