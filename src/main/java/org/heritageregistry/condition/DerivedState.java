package org.heritageregistry.condition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentChangeSignal;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.report.DamageReport;

/** Everything derived from a monument's reports, recomputed after each write that touches them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DerivedState {

    private final ConditionService conditions;
    private final ConflictService conflicts;
    private final MonumentChangeSignal changes;

    DerivedState(ConditionService conditions, ConflictService conflicts, MonumentChangeSignal changes) {
        this.conditions = conditions;
        this.conflicts = conflicts;
        this.changes = changes;
    }

    /**
     * Takes the monument's row lock (and bumps its version, so its ETag moves) at the start of a
     * write that touches its reports: writes on one monument then run one after another, so the
     * derived condition and conflicts are always computed from every committed report.
     */
    public Monument lock(String monumentId) {
        Monument monument = Monument.getEntityManager().find(Monument.class, monumentId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (monument != null) {
            changes.changing(monumentId);
        }
        return monument;
    }

    /**
     * Recomputes what derives from the reports; the caller holds the monument's lock. Returns the
     * change of the established condition for the feed, only when the condition actually changed.
     */
    public Optional<ChangeDraft> refresh(Monument monument, Instant now) {
        Condition before = monument.currentCondition;
        List<DamageReport> current = DamageReport.currentOf(monument.id);
        conditions.refresh(monument, current);
        conflicts.refresh(monument.id, current, now);
        return before == monument.currentCondition ? Optional.empty()
                : Optional.of(ChangeDraft.conditionChanged(monument.id, before, monument.currentCondition, monument.currentReportId, now));
    }
}
