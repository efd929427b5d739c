package org.heritageregistry.condition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.common.WriteSteps;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.report.ClaimsChanged;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Condition;

/** Everything derived from a monument's reports, recomputed inside each write that touches them (see {@link ClaimsChanged}). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DerivedState {

    private final ConditionService conditions;
    private final ConflictService conflicts;

    private final WriteSteps steps;

    DerivedState(ConditionService conditions, ConflictService conflicts, WriteSteps steps) {
        this.conditions = conditions;
        this.conflicts = conflicts;
        this.steps = steps;
    }

    /** A write changed the monument's claims: derive again, and tell the writer whether the condition moved. */
    void onClaimsChanged(@Observes ClaimsChanged event) {
        if (event.monument().isPresent()) {
            refresh(event.monument().get(), event).ifPresent(event::conditionChanged);
        } else if (event.scope() == ClaimsChanged.Scope.ALL) {
            refreshSite(event.siteId(), event.at());
        } else if (event.scope() != ClaimsChanged.Scope.CONDITION) {
            long start = steps.start();
            conflicts.refreshAround(event.siteId(), null, event.touched(), event.scope() == ClaimsChanged.Scope.WINDOWS, event.at());
            steps.lap(WriteSteps.Step.CONFLICTS, start);
        }
    }

    /**
     * Derives again what the write can have changed ({@link ConflictService#refreshAround},
     * {@link ConditionService#refreshAround}): the same result as {@link #refresh(Monument, Instant)}
     * from every report, for a cost that follows the reports near the changed ones, not the
     * monument's record. An event that names no change takes the full derivation.
     */
    public Optional<ChangeDraft> refresh(Monument monument, ClaimsChanged event) {
        if (event.scope() == ClaimsChanged.Scope.ALL) {
            return refresh(monument, event.at());
        }
        Condition before = monument.currentCondition;
        long start = steps.start();
        if (event.scope() != ClaimsChanged.Scope.CONDITION) {
            conflicts.refreshAround(monument.siteId, monument.id, event.touched(), event.scope() == ClaimsChanged.Scope.WINDOWS, event.at());
            start = steps.lap(WriteSteps.Step.CONFLICTS, start);
        }
        conditions.refreshAround(monument, event.touched(), lineage -> conflicts.settledConditionDisagreementsWith(monument.id, lineage));
        steps.lap(WriteSteps.Step.DERIVATION, start);
        return before == monument.currentCondition ? Optional.empty()
                : Optional.of(ChangeDraft.conditionChanged(monument.id, monument.siteId, before, monument.currentCondition, monument.currentReportId, event.at()));
    }

    /**
     * Recomputes what derives from the reports; the caller holds the monument's lock. Returns the
     * change of the established condition for the feed, only when the condition actually changed.
     */
    /** Claims about a whole site have conflicts, but no condition of their own; the caller holds the site's lock. */
    public void refreshSite(String siteId, Instant now) {
        conflicts.refresh(siteId, null, DamageReport.currentOfSite(siteId), now);
    }

    /** The full derivation, from every current report of the monument: the backfill's, and the reference the incremental one is tested against. */
    public Optional<ChangeDraft> refresh(Monument monument, Instant now) {
        Condition before = monument.currentCondition;
        List<DamageReport> current = DamageReport.currentOf(monument.id);
        List<Conflict> live = conflicts.refresh(monument.siteId, monument.id, current, now);
        conditions.refresh(monument, current, ConflictService.settledConditionDisagreements(live));
        return before == monument.currentCondition ? Optional.empty()
                : Optional.of(ChangeDraft.conditionChanged(monument.id, monument.siteId, before, monument.currentCondition, monument.currentReportId, now));
    }
}
