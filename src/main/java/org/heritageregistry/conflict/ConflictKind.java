package org.heritageregistry.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How two reports disagree. */
@Schema(name = "ConflictKind", description = "CONDITION: different conditions for overlapping event dates. DATE: the same change dated incompatibly.")
public enum ConflictKind {
    CONDITION, DATE
}
