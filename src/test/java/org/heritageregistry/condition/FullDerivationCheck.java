package org.heritageregistry.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.heritageregistry.conflict.Conflict;
import org.heritageregistry.conflict.ConflictState;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentService;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Compares a monument's stored derivation (condition, current report, latest claim, contested, the
 * open and settled conflicts with their reports) with what {@link DerivedState#refresh(Monument, Instant)}
 * derives from every report, in a transaction that is rolled back: the check of every write that
 * derives incrementally (the API's, an import's set-based load).
 */
public final class FullDerivationCheck {

    private FullDerivationCheck() {
    }

    public static void assertDerivedAsFully(String monumentId, String after) {
        MonumentService monuments = Arc.container().instance(MonumentService.class).get();
        DerivedState derived = Arc.container().instance(DerivedState.class).get();
        List<String> both;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Monument monument = monuments.lockForClaims(monumentId);
                String stored = snapshot(monument);
                derived.refresh(monument, Instant.now());
                Monument.flush();
                throw new Compared(stored, snapshot(monument)); // rolls the full derivation back
            });
            throw new AssertionError("unreachable");
        } catch (Compared compared) {
            both = List.of(compared.stored, compared.full);
        }
        assertEquals(both.get(1), both.get(0), "incremental (actual) against full derivation (expected), after " + after);
    }

    /** Carries the two snapshots out of the transaction it rolls back. */
    private static final class Compared extends RuntimeException {
        final String stored;
        final String full;

        Compared(String stored, String full) {
            super(null, null, false, false);
            this.stored = stored;
            this.full = full;
        }
    }

    private static String snapshot(Monument monument) {
        StringBuilder s = new StringBuilder("condition ").append(monument.currentCondition).append(" from ").append(monument.currentReportId)
                .append(", contested ").append(monument.conditionContested).append(", latest claim ").append(monument.latestClaimReportId).append('\n');
        TreeSet<String> conflicts = new TreeSet<>();
        for (Conflict c : Conflict.<Conflict>list("monumentId", monument.id)) {
            if (c.state != ConflictState.RESOLVED) {
                conflicts.add(c.id + " " + c.kind + " " + c.state + " " + new TreeSet<>(c.members.stream().map(m -> String.valueOf(m.reportId)).toList()));
            }
        }
        conflicts.forEach(c -> s.append(c).append('\n'));
        return s.toString();
    }
}
