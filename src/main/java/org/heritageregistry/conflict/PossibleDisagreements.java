package org.heritageregistry.conflict;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.heritageregistry.report.ClaimNarrowing;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.IncidentKind;

/**
 * The claims near a new one that the condition rules of {@link ConflictDetector} could find in
 * disagreement with it, as a condition the database checks: a burst of field reports that agree
 * (one condition, the same month) is the common case, and a write that loaded all of them to
 * compare each would cost more with every report that agrees. A superset of the claims that
 * disagree is enough, since reading a claim that turns out to agree changes nothing (see
 * {@link ConflictService#refreshAround}). Only CONDITION claims are narrowed; the other kinds'
 * rules (counts, parties, the people concerned) are compared in full, as they are rarer.
 */
final class PossibleDisagreements {

    private PossibleDisagreements() {
    }

    /**
     * The claims that may disagree with {@code claim}. For a condition, by the rules: a different
     * known condition in an overlapping window (CONDITION), the same one with a different known
     * extent (EXTENT), or the same change in a window that does not overlap but comes within the
     * DATE rule's distance, when the rule can hold: not for INTACT, which is no change, and for a
     * change other than DESTROYED only when the claim names a cause to share. UNKNOWN disagrees
     * with nothing.
     */
    static ClaimNarrowing with(DamageReport claim) {
        if (claim.incidentKind != IncidentKind.CONDITION) {
            return ClaimNarrowing.NONE;
        }
        if (claim.condition == Condition.UNKNOWN) {
            return ClaimNarrowing.NOTHING;
        }
        LocalDate earliest = claim.eventDate.earliest;
        LocalDate latest = claim.eventDate.latest;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("unknownCondition", Condition.UNKNOWN);
        parameters.put("claimCondition", claim.condition);
        StringBuilder where = new StringBuilder("r.condition <> :unknownCondition and ((r.condition <> :claimCondition");
        if (latest != null) {
            where.append(" and (r.eventDate.earliest is null or r.eventDate.earliest <= :claimLatest)");
            parameters.put("claimLatest", latest);
        }
        if (earliest != null) {
            where.append(" and (r.eventDate.latest is null or r.eventDate.latest >= :claimEarliest)");
            parameters.put("claimEarliest", earliest);
        }
        where.append(")");
        if (claim.extent != null && claim.extent != DamageExtent.UNKNOWN) {
            where.append(" or (r.condition = :claimCondition and r.extent <> :unknownExtent and r.extent <> :claimExtent)");
            parameters.put("unknownExtent", DamageExtent.UNKNOWN);
            parameters.put("claimExtent", claim.extent);
        }
        boolean dated = claim.condition == Condition.DESTROYED
                || (claim.condition != Condition.INTACT && claim.causes.stream().anyMatch(c -> c != Cause.UNKNOWN));
        if (dated) {
            int reach = claim.condition == Condition.DESTROYED ? ConflictDetector.DESTROYED_AGAIN_DAYS : ConflictDetector.SAME_EVENT_DAYS;
            // after the claim's window, or before it, by no more than the rule's distance
            if (latest != null) {
                where.append(" or (r.condition = :claimCondition and r.eventDate.earliest > :claimLatest and r.eventDate.earliest <= :dateReachAfter)");
                parameters.put("claimLatest", latest);
                parameters.put("dateReachAfter", latest.plusDays(reach));
            }
            if (earliest != null) {
                where.append(" or (r.condition = :claimCondition and r.eventDate.latest < :claimEarliest and r.eventDate.latest >= :dateReachBefore)");
                parameters.put("claimEarliest", earliest);
                parameters.put("dateReachBefore", earliest.minusDays(reach));
            }
        }
        return new ClaimNarrowing(where.append(")").toString(), parameters);
    }
}
