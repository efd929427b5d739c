package org.heritageregistry.seed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.review.NewDecision;
import org.heritageregistry.review.ReviewService;

/** Applies the seed's review decisions through the review service, so the seed obeys the same rules. */
@ApplicationScoped
public class SeedDecisions {

    private final ReviewService review;

    SeedDecisions(ReviewService review) {
        this.review = review;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void apply(List<SeedData.SeedDecision> decisions) {
        decisions.stream()
                .sorted((a, b) -> a.decidedAt().compareTo(b.decidedAt()))
                .forEach(d -> review.record(d.id(), d.reportId(),
                        new NewDecision(d.status(), d.rationale(), d.corroboratingReportId(), d.evidence()), d.decidedBy(), d.decidedAt(), null));
    }
}
