package org.heritageregistry.condition;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.monument.Monument;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * Derives a monument's condition from its reports. The one place that decides what "current
 * condition" means: the latest (by event date) report that is VERIFIED or CORROBORATED.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConditionService {

    public static final Set<VerificationStatus> ESTABLISHING = EnumSet.of(VerificationStatus.VERIFIED, VerificationStatus.CORROBORATED);

    /** Recomputes and stores the monument's derived condition (the caller holds the monument's lock). */
    public void refresh(Monument monument, List<DamageReport> reports) {
        Optional<DamageReport> established = currentConditionReport(reports);
        Optional<DamageReport> latest = reports.stream().max(EventOrder.COMPARATOR);
        monument.currentCondition = established.map(r -> r.condition).orElse(Condition.UNKNOWN);
        monument.currentReportId = established.map(r -> r.id).orElse(null);
        monument.latestClaimReportId = latest.map(r -> r.id).orElse(null);
    }

    /** A run of established reports, in event order, that agree on one condition. */
    public record Step(Condition condition, List<DamageReport> reports) {
    }

    /** The established condition over event time: consecutive VERIFIED or CORROBORATED reports that agree form one step. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Step> establishedSteps(List<DamageReport> current) {
        List<Step> steps = new java.util.ArrayList<>();
        current.stream().filter(r -> ESTABLISHING.contains(r.status)).sorted(EventOrder.COMPARATOR).forEach(r -> {
            Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && last.condition() == r.condition) {
                last.reports().add(r);
            } else {
                steps.add(new Step(r.condition, new java.util.ArrayList<>(List.of(r))));
            }
        });
        return steps;
    }

    /** The current revisions of a monument's reports, in event order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DamageReport> currentReports(String monumentId) {
        return DamageReport.currentOf(monumentId).stream()
                .sorted(EventOrder.COMPARATOR).toList();
    }

    /** The rule: the latest report by event date among those VERIFIED or CORROBORATED. */
    public static Optional<DamageReport> currentConditionReport(List<DamageReport> reports) {
        return reports.stream()
                .filter(r -> r.supersededById == null && ESTABLISHING.contains(r.status))
                .max(EventOrder.COMPARATOR);
    }

}
