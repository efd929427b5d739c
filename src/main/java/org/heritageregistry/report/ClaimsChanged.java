package org.heritageregistry.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.monument.Monument;

/**
 * Fired synchronously inside a write that changed the claims about a monument or a whole site (a
 * report, a revision, a decision), while the writer holds the monument's (or the site's) lock. The derivation of the condition and the
 * conflicts observes it, so the claims do not depend on the rules derived from them; it answers
 * with the change of established condition, which the writer appends to the feed right after its
 * own change, so the feed reads "what was written, then what it caused".
 * <p>
 * The event says what changed, so that the derivation reads only the reports that can matter
 * (docs/rules.md, "How the condition is derived"): reports whose event windows appeared or went
 * away (a submission, a correction and the revision it supersedes), a report whose status alone
 * changed (a decision), or no claim at all (a settlement, which only weighs on the condition). An
 * event that names nothing asks for the full derivation from every report.
 */
public final class ClaimsChanged {

    /** What the write changed, as far as the derivation is concerned. */
    public enum Scope {
        /** Unknown: derive from every report of the subject. */
        ALL,
        /** Reports appeared or were superseded: their event windows matter. */
        WINDOWS,
        /** Reports' statuses changed, nothing else. */
        STATUS,
        /** No claim changed: only the condition is derived again (a settled conflict). */
        CONDITION
    }

    private final Monument monument;
    private final String siteId;
    private final Instant at;
    private Scope scope = Scope.ALL;
    private List<DamageReport> touched = List.of();
    private ChangeDraft conditionChange;

    /** @param monument the monument whose claims changed; null when they are claims about the whole site */
    public ClaimsChanged(Monument monument, String siteId, Instant at) {
        this.monument = monument;
        this.siteId = siteId;
        this.at = at;
    }

    /** Narrows the derivation to what changed: the reports concerned (new, superseded or decided ones). */
    public ClaimsChanged about(Scope scope, DamageReport... touched) {
        this.scope = scope;
        this.touched = List.of(touched);
        return this;
    }

    public Scope scope() {
        return scope;
    }

    /** The reports the write changed (empty for {@link Scope#ALL} and {@link Scope#CONDITION}). */
    public List<DamageReport> touched() {
        return touched;
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
