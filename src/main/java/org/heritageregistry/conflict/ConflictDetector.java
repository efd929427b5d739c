package org.heritageregistry.conflict;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Condition;

/**
 * Decides whether two reports on the same monument disagree. The two rules:
 * <ul>
 * <li>CONDITION: they assert different known conditions for event windows that overlap;</li>
 * <li>DATE: they assert the same damage, by a shared cause, in event windows that do not overlap
 * but lie within {@value #SAME_EVENT_DAYS} days of each other, i.e. the same change dated
 * incompatibly (Baalshamin: "23 August" against "one month ago").</li>
 * </ul>
 */
public final class ConflictDetector {

    static final int SAME_EVENT_DAYS = 60;
    private static final Set<Condition> NOT_A_CHANGE = EnumSet.of(Condition.INTACT, Condition.UNKNOWN);

    private ConflictDetector() {
    }

    public record Disagreement(ConflictKind kind, String description) {
    }

    public static Optional<Disagreement> detect(DamageReport a, DamageReport b) {
        if (a.condition == Condition.UNKNOWN || b.condition == Condition.UNKNOWN) {
            return Optional.empty();
        }
        if (a.condition != b.condition) {
            if (overlap(a, b)) {
                return Optional.of(new Disagreement(ConflictKind.CONDITION, "Different conditions for overlapping event dates: "
                        + a.condition + " (" + a.eventDate.edtf + ") against " + b.condition + " (" + b.eventDate.edtf + ")"));
            }
            return Optional.empty();
        }
        if (NOT_A_CHANGE.contains(a.condition) || overlap(a, b) || !sharesCause(a, b)) {
            return Optional.empty();
        }
        long gap = gapDays(a, b);
        if (gap <= SAME_EVENT_DAYS) {
            return Optional.of(new Disagreement(ConflictKind.DATE, "The same change (" + a.condition + ") dated incompatibly: "
                    + a.eventDate.edtf + " against " + b.eventDate.edtf + ", " + gap + " days apart"));
        }
        return Optional.empty();
    }

    static boolean overlap(DamageReport a, DamageReport b) {
        return before(a.eventDate.earliest, b.eventDate.latest) && before(b.eventDate.earliest, a.eventDate.latest);
    }

    /** start <= end, where a null start is minus infinity and a null end plus infinity. */
    private static boolean before(LocalDate start, LocalDate end) {
        return start == null || end == null || !start.isAfter(end);
    }

    private static long gapDays(DamageReport a, DamageReport b) {
        DamageReport first = a.eventDate.latest != null && b.eventDate.earliest != null && a.eventDate.latest.isBefore(b.eventDate.earliest) ? a : b;
        DamageReport second = first == a ? b : a;
        return ChronoUnit.DAYS.between(first.eventDate.latest, second.eventDate.earliest);
    }

    private static boolean sharesCause(DamageReport a, DamageReport b) {
        Set<Cause> shared = EnumSet.noneOf(Cause.class);
        shared.addAll(a.causes);
        shared.retainAll(b.causes);
        shared.remove(Cause.UNKNOWN);
        return !shared.isEmpty();
    }
}
