package org.heritageregistry.conflict;

import java.util.HashMap;
import java.util.Map;

import org.heritageregistry.report.ClaimNarrowing;
import org.heritageregistry.report.DamageReport;
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
     * known condition (CONDITION when the windows overlap), or the same one with a different known
     * extent (EXTENT), or the same change in a window that does not overlap (DATE; not for INTACT,
     * which is no change). UNKNOWN disagrees with nothing.
     */
    static ClaimNarrowing with(DamageReport claim) {
        if (claim.incidentKind != IncidentKind.CONDITION) {
            return ClaimNarrowing.NONE;
        }
        if (claim.condition == Condition.UNKNOWN) {
            return ClaimNarrowing.NOTHING;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("unknownCondition", Condition.UNKNOWN);
        parameters.put("claimCondition", claim.condition);
        StringBuilder where = new StringBuilder("r.condition <> :unknownCondition and (r.condition <> :claimCondition");
        if (claim.extent != null && claim.extent != DamageExtent.UNKNOWN) {
            where.append(" or (r.extent <> :unknownExtent and r.extent <> :claimExtent)");
            parameters.put("unknownExtent", DamageExtent.UNKNOWN);
            parameters.put("claimExtent", claim.extent);
        }
        if (claim.condition != Condition.INTACT) {
            // the windows do not overlap (an open end overlaps everything on its side)
            if (claim.eventDate.latest != null) {
                where.append(" or r.eventDate.earliest > :claimLatest");
                parameters.put("claimLatest", claim.eventDate.latest);
            }
            if (claim.eventDate.earliest != null) {
                where.append(" or r.eventDate.latest < :claimEarliest");
                parameters.put("claimEarliest", claim.eventDate.earliest);
            }
        }
        return new ClaimNarrowing(where.append(")").toString(), parameters);
    }
}
