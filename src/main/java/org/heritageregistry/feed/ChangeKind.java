package org.heritageregistry.feed;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened, as the change feed and webhooks name it. An open (extensible) enum: new kinds
 * come with new kinds of write, and clients must tolerate ones they do not know (docs/contract.md);
 * the contract compatibility test accepts added values of this enum, and of no other.
 */
@Schema(name = "ChangeKind", description = "What happened: a report submitted, a report corrected by a new revision, a review decision, "
        + "a change of a monument's established condition (only when it actually changes), a monument added, its record corrected (name, location, site...) or retired, a conflict settled by a reviewer, a site added, its record corrected (names, boundary, identifiers...) or retired, a source's record corrected (SOURCE_UPDATED), two sources merged (SOURCE_MERGED, once for the duplicate and once for the survivor). "
        + "x-extensible-enum: this is an open list; later minor versions may add kinds, and clients must ignore (or pass on) a kind they do not know.",
        extensions = @Extension(name = "x-extensible-enum", value = "true", parseValue = true))
public enum ChangeKind {
    REPORT_SUBMITTED, REPORT_AMENDED, DECISION_MADE, MONUMENT_CONDITION_CHANGED, MONUMENT_CREATED, MONUMENT_UPDATED, MONUMENT_RETIRED, CONFLICT_SETTLED,
    SITE_CREATED, SITE_UPDATED, SITE_RETIRED, SOURCE_UPDATED, SOURCE_MERGED
}
