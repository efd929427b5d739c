package org.heritageregistry.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a revision of a claim changed. An editorial correction (wording, summary, spelling, links,
 * the descriptions of its evidence) keeps the status and the decisions of the revision it
 * corrects; a substantive one (condition, extent, causes, dates, monument, source, certainty, the
 * evidence itself) is a new claim to review and starts UNVERIFIED.
 */
@Schema(name = "RevisionKind", description = "ORIGINAL for a first revision; EDITORIAL when only wording, summary, spelling or links changed "
        + "(status and decisions carry over); SUBSTANTIVE when what is claimed changed (it starts UNVERIFIED).")
public enum RevisionKind {
    ORIGINAL, EDITORIAL, SUBSTANTIVE
}
