package org.heritageregistry.report;

import java.time.Instant;
import java.util.Optional;

import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.monument.Monument;

/**
 * Fired synchronously inside a write that changed the claims about a monument or a whole site (a
 * report, a revision, a decision), while the writer holds the monument's (or the site's) lock. The derivation of the condition and the
 * conflicts observes it, so the claims do not depend on the rules derived from them; it answers
 * with the change of established condition, which the writer appends to the feed right after its
 * own change, so the feed reads "what was written, then what it caused".
 */
public final class ClaimsChanged {

    private final Monument monument;
    private final String siteId;
    private final Instant at;
    private ChangeDraft conditionChange;

    /** @param monument the monument whose claims changed; null when they are claims about the whole site */
    public ClaimsChanged(Monument monument, String siteId, Instant at) {
        this.monument = monument;
        this.siteId = siteId;
        this.at = at;
    }

    /** The monument whose claims changed, or empty for the claims about the whole site. */
    public Optional<Monument> monument() {
        return Optional.ofNullable(monument);
    }

    public String siteId() {
        return siteId;
    }

    public Instant at() {
        return at;
    }

    /** Set by the derivation when the established condition moved. */
    public void conditionChanged(ChangeDraft change) {
        this.conditionChange = change;
    }

    public Optional<ChangeDraft> conditionChange() {
        return Optional.ofNullable(conditionChange);
    }
}
