package org.heritageregistry.condition;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.report.EventOrder;
import org.heritageregistry.conflict.ConflictDetector;
import org.heritageregistry.conflict.ConflictKind;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.report.ClaimNarrowing;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * Derives a monument's condition from its reports. The one place that decides what "current
 * condition" means: the latest (by event date) CONDITION report that is VERIFIED or CORROBORATED,
 * contested while another established report disagrees with it (see {@link #contesting}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConditionService {

    public static final Set<VerificationStatus> ESTABLISHING = EnumSet.of(VerificationStatus.VERIFIED, VerificationStatus.CORROBORATED);

    /**
     * Recomputes and stores the monument's derived condition (the caller holds the monument's lock).
     * {@code settled}: the claims (lineages) of each condition conflict a reviewer settled.
     */
    public void refresh(Monument monument, List<DamageReport> reports, List<Set<UUID>> settled) {
        Optional<DamageReport> established = currentConditionReport(reports);
        Optional<DamageReport> latest = latestClaim(reports);
        monument.currentCondition = established.map(r -> r.condition).orElse(Condition.UNKNOWN);
        monument.currentReportId = established.map(r -> r.id).orElse(null);
        monument.latestClaimReportId = latest.map(r -> r.id).orElse(null);
        monument.conditionContested = established.map(r -> !contesting(r, reports, settled).isEmpty()).orElse(false);
    }

    /**
     * The same as {@link #refresh}, reading only what a write can have changed: the stored current
     * and latest reports carry on unless a touched report (new, superseded or decided) comes later
     * in event order and qualifies, or the stored one no longer qualifies (then the latest that
     * does is read, by an ordered query). Whether the established report is contested is decided
     * from the established reports whose windows overlap its own (the only ones that can contest
     * it) and the settled condition conflicts that hold it. {@code settledWith}: those conflicts'
     * claims (lineages), for the established report's claim. The caller holds the monument's lock.
     */
    public void refreshAround(Monument monument, List<DamageReport> touched, java.util.function.Function<UUID, List<Set<UUID>>> settledWith) {
        Optional<DamageReport> established = carryOn(monument.currentReportId, touched, r -> isCondition(r) && ESTABLISHING.contains(r.status),
                () -> DamageReport.lastInEventOrder(monument.id, ESTABLISHING));
        Optional<DamageReport> latest = carryOn(monument.latestClaimReportId, touched, ConditionService::isCondition,
                () -> DamageReport.lastInEventOrder(monument.id, Set.of()));
        monument.currentCondition = established.map(r -> r.condition).orElse(Condition.UNKNOWN);
        monument.currentReportId = established.map(r -> r.id).orElse(null);
        monument.latestClaimReportId = latest.map(r -> r.id).orElse(null);
        monument.conditionContested = established.map(e -> !contesting(e,
                DamageReport.currentNear(monument.id, monument.siteId, IncidentKind.CONDITION, e.eventDate.earliest, e.eventDate.latest, 0, mayContest(e)),
                settledWith.apply(e.lineageId)).isEmpty()).orElse(false);
    }

    /**
     * The claims {@link #contesting} could keep, for the database to leave the others unread: the
     * established ones of another known condition. A monument whose claims agree has many of the
     * same condition, and a write would otherwise load them all.
     */
    private static ClaimNarrowing mayContest(DamageReport established) {
        return new ClaimNarrowing("r.status in :establishing and r.condition <> :unknownCondition and r.condition <> :establishedCondition",
                Map.of("establishing", ESTABLISHING, "unknownCondition", Condition.UNKNOWN, "establishedCondition", established.condition));
    }

    /** The last in event order of the current reports that qualify, from the stored one and the touched ones, or read again. */
    private static Optional<DamageReport> carryOn(UUID storedId, List<DamageReport> touched, java.util.function.Predicate<DamageReport> qualifies,
            java.util.function.Supplier<List<DamageReport>> readAgain) {
        java.util.function.Predicate<DamageReport> current = r -> r.supersededById == null && qualifies.test(r);
        DamageReport stored = storedId == null ? null : DamageReport.findById(storedId);
        if (stored != null && !current.test(stored)) {
            return readAgain.get().stream().filter(current).max(EventOrder.COMPARATOR);
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(stored), touched.stream()).filter(current).max(EventOrder.COMPARATOR);
    }

    /**
     * The rule when established reports still disagree: the reports that contest the established
     * one are the other VERIFIED or CORROBORATED reports that claim a different condition for
     * overlapping event dates, unless a reviewer settled the conflict that holds both. While there
     * are any, the monument's condition is contested: it is shown with both claims, and stays the
     * latest by event date until a reviewer decides on one of them or settles the conflict.
     */
    public static List<DamageReport> contesting(DamageReport established, List<DamageReport> reports, List<Set<UUID>> settled) {
        return reports.stream()
                .filter(r -> r != established && r.supersededById == null && isCondition(r) && ESTABLISHING.contains(r.status))
                .filter(r -> ConflictDetector.detect(established, r).filter(d -> d.kind() == ConflictKind.CONDITION).isPresent())
                .filter(r -> settled.stream().noneMatch(s -> s.contains(r.lineageId) && s.contains(established.lineageId)))
                .sorted(EventOrder.COMPARATOR).toList();
    }

    /** What is being said about the condition: the latest CONDITION claim by event date, of any status. */
    public static Optional<DamageReport> latestClaim(List<DamageReport> reports) {
        return reports.stream().filter(ConditionService::isCondition).max(EventOrder.COMPARATOR);
    }

    private static boolean isCondition(DamageReport report) {
        return report.incidentKind == IncidentKind.CONDITION;
    }

    /** A run of established reports, in event order, that agree on one condition. */
    public record Step(Condition condition, List<DamageReport> reports) {
    }

    /** The established condition over event time: consecutive VERIFIED or CORROBORATED reports that agree form one step. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Step> establishedSteps(List<DamageReport> current) {
        List<Step> steps = new java.util.ArrayList<>();
        current.stream().filter(r -> isCondition(r) && ESTABLISHING.contains(r.status)).sorted(EventOrder.COMPARATOR).forEach(r -> {
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
                .filter(r -> r.supersededById == null && isCondition(r) && ESTABLISHING.contains(r.status))
                .max(EventOrder.COMPARATOR);
    }

}
