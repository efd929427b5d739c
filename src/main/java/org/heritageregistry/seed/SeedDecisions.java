package org.heritageregistry.seed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.report.DamageReport;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.review.NewDecision;
import org.heritageregistry.review.ReviewService;

/**
 * Applies the seed's review decisions and conflict settlements through the review and conflict
 * services, in the order they were made, so the seed obeys the same rules as a reviewer.
 */
@ApplicationScoped
public class SeedDecisions {

    private final ReviewService review;
    private final ConflictService conflicts;

    SeedDecisions(ReviewService review, ConflictService conflicts) {
        this.review = review;
        this.conflicts = conflicts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(List<SeedData.SeedDecision> decisions, List<SeedData.SeedSettlement> settlements) {
        List<Map.Entry<Instant, Runnable>> steps = new ArrayList<>();
        decisions.forEach(d -> steps.add(Map.entry(d.decidedAt(), () -> review.record(d.id(), d.reportId(),
                new NewDecision(d.status(), d.rationale(), d.corroboratingReportId(), d.evidence()), d.decidedBy(), d.decidedAt(), null))));
        settlements.forEach(s -> steps.add(Map.entry(s.settledAt(), () -> conflicts.settle(conflictHolding(s), s.rationale(), s.settledBy(), null, s.settledAt()))));
        steps.stream().sorted(Map.Entry.comparingByKey()).forEach(step -> step.getValue().run());
    }

    private static UUID conflictHolding(SeedData.SeedSettlement settlement) {
        DamageReport report = DamageReport.findById(settlement.reportId());
        return Conflict.<Conflict>list("kind", settlement.kind()).stream()
                .filter(c -> c.members.stream().anyMatch(m -> m.lineageId.equals(report.lineageId))).map(c -> c.id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + settlement.kind() + " conflict holds seed report " + settlement.reportId()));
    }
}
