package org.heritageregistry.condition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictService;
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

    DerivedState(ConditionService conditions, ConflictService conflicts) {
        this.conditions = conditions;
        this.conflicts = conflicts;
    }

    /** A write changed the monument's claims: derive again, and tell the writer whether the condition moved. */
    void onClaimsChanged(@Observes ClaimsChanged event) {
        if (event.monument().isPresent()) {
            refresh(event.monument().get(), event.at()).ifPresent(event::conditionChanged);
        } else {
            refreshSite(event.siteId(), event.at());
        }
    }

    /**
     * Recomputes what derives from the reports; the caller holds the monument's lock. Returns the
     * change of the established condition for the feed, only when the condition actually changed.
     */
    /** Claims about a whole site have conflicts, but no condition of their own; the caller holds the site's lock. */
    public void refreshSite(String siteId, Instant now) {
        conflicts.refresh(siteId, null, DamageReport.currentOfSite(siteId), now);
    }

    public Optional<ChangeDraft> refresh(Monument monument, Instant now) {
        Condition before = monument.currentCondition;
        List<DamageReport> current = DamageReport.currentOf(monument.id);
        List<Conflict> live = conflicts.refresh(monument.siteId, monument.id, current, now);
        conditions.refresh(monument, current, ConflictService.settledConditionDisagreements(live));
        return before == monument.currentCondition ? Optional.empty()
                : Optional.of(ChangeDraft.conditionChanged(monument.id, monument.siteId, before, monument.currentCondition, monument.currentReportId, now));
    }
}
