package org.heritageregistry.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * Groups the pairwise disagreements among one subject's current reports into one group per
 * disagreement: the reports linked, directly or through each other, by disagreements of one kind
 * (a connected component). Baalshamin's five DESTROYED and three SEVERELY_DAMAGED claims are one
 * condition conflict, not fifteen pairs.
 */
public final class ConflictGroups {

    /** Decisions that take a report out of a disagreement: what reviewers found contradicted or false no longer disagrees. */
    static final Set<VerificationStatus> SETTLING = EnumSet.of(VerificationStatus.DISPUTED, VerificationStatus.REJECTED);

    private ConflictGroups() {
    }

    /**
     * One disagreement. {@code standing}: two of its reports that disagree are both still standing
     * (neither disputed nor rejected); when none are, the conflict is resolved.
     */
    public record Group(ConflictKind kind, List<DamageReport> reports, String description, boolean standing) {
    }

    public static List<Group> of(List<DamageReport> current) {
        return of(current, r -> true);
    }

    /**
     * As {@link #of(List)}, comparing only the pairs of which at least one report is {@code anchored}:
     * the incremental derivation knows that two reports it did not anchor (neighbours of a changed
     * report that were in no conflict) did not disagree before the write, and still do not.
     */
    static List<Group> of(List<DamageReport> current, java.util.function.Predicate<DamageReport> anchored) {
        List<DamageReport> sorted = current.stream().filter(ConflictDetector::compared).sorted(Comparator.comparing((DamageReport r) -> r.id)).toList();
        Map<ConflictKind, int[]> parents = new EnumMap<>(ConflictKind.class);
        Map<ConflictKind, List<Pair>> pairs = new EnumMap<>(ConflictKind.class);
        boolean[] anchor = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            anchor[i] = anchored.test(sorted.get(i));
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (!anchor[i] && !anchor[j]) {
                    continue;
                }
                var found = ConflictDetector.detect(sorted.get(i), sorted.get(j));
                if (found.isEmpty()) {
                    continue;
                }
                ConflictKind kind = found.get().kind();
                int[] parent = parents.computeIfAbsent(kind, k -> identity(sorted.size()));
                union(parent, i, j);
                pairs.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Pair(i, j, found.get().description()));
            }
        }
        List<Group> groups = new ArrayList<>();
        parents.forEach((kind, parent) -> {
            Map<Integer, List<Pair>> byRoot = new TreeMap<>();
            pairs.get(kind).forEach(p -> byRoot.computeIfAbsent(find(parent, p.a()), r -> new ArrayList<>()).add(p));
            byRoot.values().forEach(component -> {
                List<DamageReport> reports = component.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).distinct().sorted()
                        .map(sorted::get).toList();
                boolean standing = component.stream().anyMatch(p -> standing(sorted.get(p.a())) && standing(sorted.get(p.b())));
                String description = component.size() == 1 ? component.get(0).description() : describe(kind, reports);
                groups.add(new Group(kind, reports, description.length() <= 1000 ? description : description.substring(0, 999) + "…", standing));
            });
        });
        return groups;
    }

    private static boolean standing(DamageReport report) {
        return !SETTLING.contains(report.status);
    }

    private static String describe(ConflictKind kind, List<DamageReport> reports) {
        String n = reports.size() + " reports ";
        return switch (kind) {
            case CONDITION -> n + "disagree on the condition for overlapping event dates: " + tally(reports, r -> r.condition.name());
            case EXTENT -> n + "give different extents of " + reports.get(0).condition + ": " + tally(reports, r -> JsonEnums.jsonName(r.extent));
            case DATE -> n + "date the same " + (reports.get(0).condition != null ? "change (" + reports.get(0).condition + ")"
                    : "incident (" + reports.get(0).incidentKind + ": " + reports.get(0).affected.strip() + ")") + " incompatibly: " + tally(reports, r -> r.eventDate.edtf);
            case COUNT -> n + "give different numbers for " + reports.get(0).incidentKind + ": " + tally(reports, r -> r.incidentCount().phrase());
            case CONTROL -> n + "disagree on who controls the site, or how far: " + tally(reports, r -> r.siteControl().phrase());
        };
    }

    /** "DESTROYED (5), SEVERELY_DAMAGED (3)": each distinct claim with how many reports make it, most first. */
    private static String tally(List<DamageReport> reports, java.util.function.Function<DamageReport, String> claim) {
        Map<String, Long> counts = reports.stream().collect(Collectors.groupingBy(claim, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }

    private record Pair(int a, int b, String description) {
    }

    private static int[] identity(int size) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        return parent;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
