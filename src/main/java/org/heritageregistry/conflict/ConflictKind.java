package org.heritageregistry.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reports of a conflict disagree about. */
@Schema(name = "ConflictKind", description = "What the reports disagree about, for overlapping event dates: CONDITION (different conditions), "
        + "EXTENT (the same condition, different extents), COUNT (different numbers, e.g. \"25\" against \"more than 20\"), CONTROL (who controls "
        + "the site, or how far); or DATE: the same change dated incompatibly (event dates that do not overlap).")
public enum ConflictKind {
    CONDITION, EXTENT, DATE, COUNT, CONTROL
}
