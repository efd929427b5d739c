package org.heritageregistry.conflict;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.IncidentCount;
import org.heritageregistry.report.SiteControl;
import org.heritageregistry.vocabulary.Cause;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.DamageExtent;
import org.heritageregistry.vocabulary.IncidentKind;

/**
 * Decides whether two reports about the same subject disagree, and about what. Only reports of
 * the same incident kind are compared. The rules:
 * <ul>
 * <li>CONDITION: different known conditions for event windows that overlap;</li>
 * <li>EXTENT: the same condition, two known extents that differ, overlapping windows;</li>
 * <li>DATE: the same change in windows that do not overlap but are too close to be two events:
 * within {@value #SAME_EVENT_DAYS} days when the causes agree (Baalshamin: "23 August" against "one
 * month ago"), and within {@value #DESTROYED_AGAIN_DAYS} days for DESTROYED whatever the cause, since
 * a building destroyed is not destroyed again months later (the Arch "destroyed" at the May 2015
 * capture, against its demolition on 4 October);</li>
 * <li>COUNT: numbers for the same kind of incident that differ as stated (a value or a qualifier),
 * overlapping windows; the description says whether both can be true ("25" and "more than 20");</li>
 * <li>DATE, for looting, misuse and harm to staff: the same incident (the same kind and the same
 * people or objects concerned, "Khaled al-Asaad") in windows that do not overlap but lie within
 * {@value #SAME_EVENT_DAYS} days of each other: one killing reported on two dates;</li>
 * <li>CONTROL: a different party, or a different extent of control, overlapping windows. Control
 * has no DATE rule: it is a state that lasts, so the same control reported on two dates is two
 * observations of it, not one event dated twice.</li>
 * </ul>
 */
public final class ConflictDetector {

    static final int SAME_EVENT_DAYS = 60;
    static final int DESTROYED_AGAIN_DAYS = 365;
    /** How far apart (in days between their event windows) two reports can be and still disagree, by any rule. */
    public static final int WIDEST_RULE_DAYS = Math.max(SAME_EVENT_DAYS, DESTROYED_AGAIN_DAYS);
    private static final Set<Condition> NOT_A_CHANGE = EnumSet.of(Condition.INTACT, Condition.UNKNOWN);

    private ConflictDetector() {
    }

    /** How two reports disagree, said of the pair. */
    public record Disagreement(ConflictKind kind, String description) {
    }

    public static Optional<Disagreement> detect(DamageReport a, DamageReport b) {
        if (a.incidentKind != b.incidentKind) {
            return Optional.empty();
        }
        return switch (a.incidentKind) {
            case CONDITION -> condition(a, b);
            case CONTROL -> control(a, b);
            case LOOTING, MISUSE, HARM_TO_STAFF -> overlap(a, b) ? count(a, b) : incidentDate(a, b);
        };
    }

    private static Optional<Disagreement> condition(DamageReport a, DamageReport b) {
        if (a.condition == Condition.UNKNOWN || b.condition == Condition.UNKNOWN) {
            return Optional.empty();
        }
        boolean overlap = overlap(a, b);
        if (a.condition != b.condition) {
            return overlap ? Optional.of(new Disagreement(ConflictKind.CONDITION, "Different conditions for overlapping event dates: "
                    + a.condition + " (" + a.eventDate.edtf + ") against " + b.condition + " (" + b.eventDate.edtf + ")")) : Optional.empty();
        }
        if (overlap) {
            return known(a.extent) && known(b.extent) && a.extent != b.extent
                    ? Optional.of(new Disagreement(ConflictKind.EXTENT, "The same condition (" + a.condition + ") with different extents: "
                            + JsonEnums.jsonName(a.extent) + " against " + JsonEnums.jsonName(b.extent)))
                    : Optional.empty();
        }
        if (NOT_A_CHANGE.contains(a.condition)) {
            return Optional.empty();
        }
        long gap = gapDays(a, b);
        boolean sameChange = a.condition == Condition.DESTROYED ? gap <= DESTROYED_AGAIN_DAYS && compatibleCauses(a, b)
                : gap <= SAME_EVENT_DAYS && sharesCause(a, b);
        return sameChange ? Optional.of(new Disagreement(ConflictKind.DATE, "The same change (" + a.condition + ") dated incompatibly: "
                + a.eventDate.edtf + " against " + b.eventDate.edtf + ", " + gap + " days apart")) : Optional.empty();
    }

    private static Optional<Disagreement> count(DamageReport a, DamageReport b) {
        IncidentCount x = a.incidentCount();
        IncidentCount y = b.incidentCount();
        if (x == null || y == null || (x.value().equals(y.value()) && x.qualifier() == y.qualifier())) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(ConflictKind.COUNT, "Different numbers for " + a.incidentKind + ": " + x.phrase() + " against " + y.phrase()
                + (x.compatibleWith(y) ? " (both can be true: the statements differ in precision)" : " (they cannot both be true)")));
    }

    private static Optional<Disagreement> incidentDate(DamageReport a, DamageReport b) {
        String concerned = concerned(a);
        if (concerned == null || !concerned.equals(concerned(b))) {
            return Optional.empty();
        }
        long gap = gapDays(a, b);
        return gap <= SAME_EVENT_DAYS ? Optional.of(new Disagreement(ConflictKind.DATE, "The same incident (" + a.incidentKind + ": " + a.affected.strip()
                + ") dated incompatibly: " + a.eventDate.edtf + " against " + b.eventDate.edtf + ", " + gap + " days apart")) : Optional.empty();
    }

    /** Who or what an incident concerned, compared as a reader would: case, accents and spacing aside. */
    static String concerned(DamageReport report) {
        if (report.affected == null || report.affected.isBlank()) {
            return null;
        }
        String plain = java.text.Normalizer.normalize(report.affected.strip(), java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<Disagreement> control(DamageReport a, DamageReport b) {
        SiteControl x = a.siteControl();
        SiteControl y = b.siteControl();
        if (x == null || y == null || !overlap(a, b) || x.agreesWith(y)) {
            return Optional.empty();
        }
        return Optional.of(new Disagreement(ConflictKind.CONTROL, "Different control for overlapping event dates: " + x.phrase() + " ("
                + a.eventDate.edtf + ") against " + y.phrase() + " (" + b.eventDate.edtf + ")"));
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

    private static boolean known(DamageExtent extent) {
        return extent != null && extent != DamageExtent.UNKNOWN;
    }

    private static boolean sharesCause(DamageReport a, DamageReport b) {
        Set<Cause> shared = EnumSet.noneOf(Cause.class);
        shared.addAll(a.causes);
        shared.retainAll(b.causes);
        shared.remove(Cause.UNKNOWN);
        return !shared.isEmpty();
    }

    /** Causes agree when they share one, or when either report does not know its cause. */
    private static boolean compatibleCauses(DamageReport a, DamageReport b) {
        return a.causes.contains(Cause.UNKNOWN) || b.causes.contains(Cause.UNKNOWN) || sharesCause(a, b);
    }

    /** Whether a report's incident kind is one that conflicts are detected for at all. */
    public static boolean compared(DamageReport report) {
        return report.incidentKind == IncidentKind.CONDITION || report.incidentKind == IncidentKind.CONTROL || report.incidentCount() != null
                || concerned(report) != null;
    }
}
