package org.heritageregistry.conflict;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a conflict stands in review. */
@Schema(name = "ConflictState", description = "OPEN: the reports still disagree and no reviewer has settled it. SETTLED: a reviewer accepted the disagreement "
        + "with a rationale (the reports stand as they are; a new report joining it opens it again). RESOLVED: the disagreement no longer stands, "
        + "because reviewers disputed or rejected the reports on one side, or a correction removed it.")
public enum ConflictState {
    OPEN, SETTLED, RESOLVED
}
