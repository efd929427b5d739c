package org.heritageregistry.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.heritageregistry.report.ClaimNarrowing;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.IncidentKind;

/**
 * The event windows whose neighbours a write must read, one per kind and stretch of time: the
 * windows of the reports it touched, those that come within twice the rule's distance of each
 * other merged into one. A write through the API touches one or two reports, so this is their own
 * windows; an import's batch touches hundreds on one monument, and reading each one's neighbours
 * apart would read the same claims hundreds of times. A merged window may take in claims between
 * two touched ones that are near neither: reading them is harmless, since every disagreement of an
 * untouched claim already lies in a stored conflict, which the write reads with it.
 */
record NeighbourWindows(IncidentKind kind, LocalDate earliest, LocalDate latest, List<DamageReport> reports) {

    static List<NeighbourWindows> of(List<DamageReport> touched, int days) {
        Map<IncidentKind, List<DamageReport>> byKind = new EnumMap<>(IncidentKind.class);
        touched.forEach(r -> byKind.computeIfAbsent(r.incidentKind, k -> new ArrayList<>()).add(r));
        List<NeighbourWindows> windows = new ArrayList<>();
        byKind.forEach((kind, reports) -> {
            reports.sort(Comparator.comparing((DamageReport r) -> r.eventDate.earliest, Comparator.nullsFirst(Comparator.naturalOrder())));
            // the window being merged: its start, its end and its reports, made a record when it closes
            LocalDate earliest = null;
            LocalDate latest = null;
            List<DamageReport> members = new ArrayList<>();
            for (DamageReport report : reports) {
                if (!members.isEmpty() && !reaches(latest, report.eventDate.earliest, days)) {
                    windows.add(new NeighbourWindows(kind, earliest, latest, List.copyOf(members)));
                    members.clear();
                }
                if (members.isEmpty()) {
                    earliest = report.eventDate.earliest;
                    latest = report.eventDate.latest;
                } else {
                    latest = later(latest, report.eventDate.latest);
                }
                members.add(report);
            }
            windows.add(new NeighbourWindows(kind, earliest, latest, List.copyOf(members)));
        });
        return windows;
    }

    /**
     * The claims a window's reader must load: those that may disagree with its one report
     * ({@link PossibleDisagreements}), or all of them for a merged window, whose reports' conditions
     * would make a condition as long as the batch.
     */
    ClaimNarrowing narrowing() {
        return reports.size() == 1 ? PossibleDisagreements.with(reports.get(0)) : ClaimNarrowing.NONE;
    }

    /** Whether a window starting at {@code next} (no earlier than the open one) starts within twice the distance of the open one's end. */
    private static boolean reaches(LocalDate latest, LocalDate next, int days) {
        return latest == null || next == null || !next.minusDays(days).isAfter(latest.plusDays(days));
    }

    /** The later of two ends, null (open) being the latest. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }
}
