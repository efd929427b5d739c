package org.heritageregistry.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened, as the change feed and webhooks name it. */
@Schema(name = "ChangeKind", description = "What happened: a report submitted, a report corrected by a new revision, a review decision, "
        + "a change of a monument's established condition (only when it actually changes), a monument added, its record corrected (name, location, site...) or retired, a conflict settled by a reviewer. "
        + "x-extensible-enum: this is an open list; later minor versions may add kinds, and clients must ignore (or pass on) a kind they do not know.")
public enum ChangeKind {
    REPORT_SUBMITTED, REPORT_AMENDED, DECISION_MADE, MONUMENT_CONDITION_CHANGED, MONUMENT_CREATED, MONUMENT_UPDATED, MONUMENT_RETIRED, CONFLICT_SETTLED
}
