package org.heritageregistry.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;

import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ClaimsChanged;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.EvidenceView;
import org.heritageregistry.vocabulary.RevisionKind;
import org.heritageregistry.vocabulary.VerificationStatus;

/**
 * Records review decisions and holds the review rules, one method per rule. A decision is
 * appended, the report's status becomes the decision's, and the monument's derived condition and
 * conflicts are recomputed in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final Set<VerificationStatus> NEED_RATIONALE = EnumSet.of(VerificationStatus.DISPUTED, VerificationStatus.REJECTED,
            VerificationStatus.UNVERIFIED);

    private final ReportService reports;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Idempotency idempotency;
    private final Event<ClaimsChanged> claimsChanged;

    ReviewService(ReportService reports, AuditLog audit, ChangeFeed feed, Idempotency idempotency, Event<ClaimsChanged> claimsChanged) {
        this.reports = reports;
        this.audit = audit;
        this.feed = feed;
        this.idempotency = idempotency;
        this.claimsChanged = claimsChanged;
    }

    /**
     * The decisions that stand for this revision: its own, and those of the revisions it corrected
     * editorially, which carry over (each decision names the revision it was made on).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Decision> decisionsOn(DamageReport report) {
        List<UUID> revisions = new ArrayList<>(List.of(report.id));
        DamageReport revision = report;
        while (revision.revisionKind == RevisionKind.EDITORIAL && revision.supersedesId != null) {
            revision = DamageReport.findById(revision.supersedesId);
            revisions.add(revision.id);
        }
        return Decision.list("reportId in ?1 order by decidedAt, id", revisions);
    }

    /**
     * The decideOnReport use case, for the API and the pages alike: once per Idempotency-Key, in
     * its own transaction, with the rules, the audit line, the feed entries and the derivation.
     * Returns the decision's id.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome decide(UUID reportId, NewDecision request, String reviewer, String ifMatch, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, reviewer, "decideOnReport:" + reportId, request,
                () -> record(UUID.randomUUID(), reportId, request, reviewer, Instant.now(), ifMatch).id.toString());
    }

    /** Also used by the seed loader, with its fixed ids and dates: the same rules apply. */
    public Decision record(UUID id, UUID reportId, NewDecision request, String reviewer, Instant at, String ifMatch) {
        DamageReport report = DamageReport.findById(reportId);
        if (report == null) {
            throw ProblemException.notFound("Report", reportId);
        }
        ClaimsChanged derivation = reports.lockClaimsOf(report, at);
        DamageReport.getEntityManager().refresh(report); // read it again now that writes on its monument (or site) wait for us
        Preconditions.requireMatch(ifMatch, report.version, "The report");
        enforceCurrentRevision(report);
        enforceFourEyes(report, reviewer);
        enforceRationale(request);
        enforceStrongEvidenceForVerified(report, request);
        enforceIndependentCorroboration(report, request);

        Decision decision = new Decision();
        decision.id = id;
        decision.reportId = report.id;
        decision.status = request.status();
        decision.rationale = request.rationale();
        decision.corroboratingReportId = request.status() == VerificationStatus.CORROBORATED ? request.corroboratingReportId() : null;
        decision.decidedBy = reviewer;
        decision.decidedAt = at;
        if (request.evidence() != null) {
            request.evidence().forEach(e -> decision.evidence.add(e.toItem()));
        }
        decision.persist();

        VerificationStatus previous = report.status;
        report.status = request.status();
        try {
            // A decision always changes the report's representation (its decisions), so its ETag moves.
            DamageReport.getEntityManager().lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            DamageReport.flush();
        } catch (OptimisticLockException e) {
            throw Preconditions.stale("The report");
        }
        claimsChanged.fire(derivation.about(ClaimsChanged.Scope.STATUS, report)); // the condition and the conflicts follow within this transaction
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("decision", decision.id);
        changes.put("status", Map.of("from", previous, "to", decision.status));
        if (decision.rationale != null) {
            changes.put("rationale", decision.rationale);
        }
        audit.record(reviewer, "DECISION_RECORDED", "report", report.id, changes, at);
        feed.append(ChangeDraft.decisionMade(decision.id, report.id, report.monumentId, report.siteId, report.incidentKind, decision.status, at), derivation.conditionChange());
        return decision;
    }

    /** Decisions stay with the revision they were made on; a superseded revision takes no more. */
    void enforceCurrentRevision(DamageReport report) {
        if (report.isSuperseded()) {
            throw ProblemException.conflict("/problems/superseded",
                    "This revision was superseded by " + report.supersededById + "; decide on the current revision");
        }
    }

    /** Four eyes: nobody decides on a claim of which they submitted any revision. */
    void enforceFourEyes(DamageReport report, String reviewer) {
        if (DamageReport.anyRevisionSubmittedBy(java.util.Set.of(report.lineageId), reviewer)) {
            throw ProblemException.forbidden("/problems/four-eyes", "Four-eyes rule",
                    "You submitted this report or a revision of it, so another reviewer must decide on it");
        }
    }

    /** DISPUTED, REJECTED and a return to UNVERIFIED say why. */
    void enforceRationale(NewDecision request) {
        if (NEED_RATIONALE.contains(request.status()) && (request.rationale() == null || request.rationale().isBlank())) {
            throw ProblemException.invalidField("rationale", "is required for a " + request.status() + " decision");
        }
    }

    /** VERIFIED needs strong evidence (satellite image, on-site inspection, official statement) on the report or the decision. */
    void enforceStrongEvidenceForVerified(DamageReport report, NewDecision request) {
        if (request.status() != VerificationStatus.VERIFIED) {
            return;
        }
        boolean onReport = report.evidence.stream().map(e -> e.kind).anyMatch(k -> k.isStrong());
        boolean onDecision = request.evidence() != null && request.evidence().stream().map(EvidenceView::kind).anyMatch(k -> k.isStrong());
        if (!onReport && !onDecision) {
            throw ProblemException.unprocessable("/problems/strong-evidence-required", "Strong evidence required",
                    "VERIFIED needs a SATELLITE_IMAGE, ON_SITE_INSPECTION or OFFICIAL_STATEMENT evidence item on the report or the decision");
        }
    }

    /** CORROBORATED names a current report on the same monument, from another source, asserting the same condition. */
    void enforceIndependentCorroboration(DamageReport report, NewDecision request) {
        if (request.status() != VerificationStatus.CORROBORATED) {
            return;
        }
        if (request.corroboratingReportId() == null) {
            throw ProblemException.invalidField("corroboratingReportId", "is required for a CORROBORATED decision");
        }
        DamageReport other = DamageReport.findById(request.corroboratingReportId());
        if (other == null) {
            throw ProblemException.unknownReference("corroboratingReportId", "Report", request.corroboratingReportId());
        }
        String why = null;
        if (other.id.equals(report.id) || other.lineageId.equals(report.lineageId)) {
            why = "a report cannot corroborate itself";
        } else if (!other.monumentId.equals(report.monumentId)) {
            why = "the corroborating report is about another monument";
        } else if (other.sourceId.equals(report.sourceId)) {
            why = "the corroborating report comes from the same source, so it is not independent";
        } else if (other.condition != report.condition) {
            why = "the corroborating report asserts " + other.condition + ", not " + report.condition;
        } else if (other.isSuperseded() || other.status == VerificationStatus.REJECTED) {
            why = "the corroborating report is superseded or rejected";
        }
        if (why != null) {
            throw ProblemException.unprocessable("/problems/not-independent-corroboration", "Corroboration not independent", why);
        }
    }

}
