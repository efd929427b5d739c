package org.heritageregistry.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reports of a conflict disagree about. */
@Schema(name = "ConflictKind", description = "What the reports disagree about, for overlapping event dates: CONDITION (different conditions), "
        + "EXTENT (the same condition, different extents), COUNT (different numbers, e.g. \"25\" against \"more than 20\"), CONTROL (who controls "
        + "the site, or how far); or DATE: the same change, or the same looting, misuse or harm to the same people or objects, dated incompatibly "
        + "(event dates that do not overlap but are too close to be two events).")
public enum ConflictKind {
    CONDITION, EXTENT, DATE, COUNT, CONTROL
}
