package org.heritageregistry.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.heritageregistry.report.EventOrder;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.review.Decision;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * What the registry held about a monument's reports before an instant. Nothing is ever deleted:
 * a correction adds a revision and a review adds a decision, each with the time it was recorded,
 * so the state at any past instant can be rebuilt from them: for each report, the last revision
 * recorded by then, with the status of the last decision on it recorded by then (UNVERIFIED
 * when there was none). The derivation rules then run on that state unchanged.
 */
@ApplicationScoped
public class RecordedState {

    /**
     * The report revisions current before the instant, in event order, as detached copies that
     * carry their status of then (never attached to the session, so never written back).
     */
    public List<DamageReport> currentReports(String monumentId, Instant before) {
        List<DamageReport> recorded = DamageReport.list("monumentId = ?1 and submittedAt < ?2", monumentId, before);
        Map<UUID, DamageReport> latestOfLineage = new HashMap<>();
        recorded.forEach(r -> latestOfLineage.merge(r.lineageId, r, (a, b) -> a.revision >= b.revision ? a : b));
        if (latestOfLineage.isEmpty()) {
            return List.of();
        }
        Map<UUID, VerificationStatus> statusThen = new HashMap<>();
        Decision.<Decision>list("reportId in ?1 and decidedAt < ?2", latestOfLineage.values().stream().map(r -> r.id).toList(), before).stream()
                .sorted(Comparator.comparing((Decision d) -> d.decidedAt))
                .forEach(d -> statusThen.put(d.reportId, d.status));
        return latestOfLineage.values().stream()
                .map(r -> asThen(r, statusThen.getOrDefault(r.id, VerificationStatus.UNVERIFIED)))
                .sorted(EventOrder.COMPARATOR).toList();
    }

    private static DamageReport asThen(DamageReport now, VerificationStatus status) {
        DamageReport then = new DamageReport();
        then.id = now.id;
        then.lineageId = now.lineageId;
        then.revision = now.revision;
        then.supersedesId = now.supersedesId;
        then.supersededById = null; // current then, whatever came later
        then.monumentId = now.monumentId;
        then.condition = now.condition;
        then.conditionWording = now.conditionWording;
        then.extent = now.extent;
        then.eventDate = now.eventDate;
        then.publishedOn = now.publishedOn;
        then.certainty = now.certainty;
        then.certaintyWording = now.certaintyWording;
        then.sourceId = now.sourceId;
        then.relayedById = now.relayedById;
        then.causes = now.causes;
        then.evidence = now.evidence;
        then.summary = now.summary;
        then.submittedBy = now.submittedBy;
        then.submittedAt = now.submittedAt;
        then.status = status;
        then.version = now.version;
        return then;
    }
}
