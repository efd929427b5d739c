package org.heritageregistry.report;

import java.time.Instant;
import java.util.Optional;

import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.monument.Monument;

/**
 * Fired synchronously inside a write that changed a monument's claims (a report, a revision, a
 * decision), while the writer holds the monument's lock. The derivation of the condition and the
 * conflicts observes it, so the claims do not depend on the rules derived from them; it answers
 * with the change of established condition, which the writer appends to the feed right after its
 * own change, so the feed reads "what was written, then what it caused".
 */
public final class ClaimsChanged {

    private final Monument monument;
    private final Instant at;
    private ChangeDraft conditionChange;

    public ClaimsChanged(Monument monument, Instant at) {
        this.monument = monument;
        this.at = at;
    }

    public Monument monument() {
        return monument;
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
