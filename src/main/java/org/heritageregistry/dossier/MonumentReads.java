package org.heritageregistry.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.heritageregistry.common.ProblemException;
import org.heritageregistry.condition.ConditionService;
import org.heritageregistry.conflict.ConflictService;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.report.EventOrder;
import org.heritageregistry.condition.HistoryView;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.report.ReportViews;
import org.heritageregistry.vocabulary.Condition;
import org.heritageregistry.vocabulary.EdtfView;

/**
 * How a monument and its history are read for the caller, now (through the cache) or as the
 * registry held them before an instant. The API resource and the web pages both answer from here,
 * so the derivation and the masking of confidential sources live in one place.
 */
@ApplicationScoped
public class MonumentReads {

    private final MonumentService monuments;
    private final ReportService reports;
    private final ReportViews views;
    private final ConditionService conditions;
    private final MonumentViewCache viewCache;
    private final RecordedState recordedState;
    private final ConflictService conflicts;

    MonumentReads(MonumentService monuments, ReportService reports, ReportViews views, ConditionService conditions,
            MonumentViewCache viewCache, RecordedState recordedState, ConflictService conflicts) {
        this.conflicts = conflicts;
        this.monuments = monuments;
        this.reports = reports;
        this.views = views;
        this.conditions = conditions;
        this.viewCache = viewCache;
        this.recordedState = recordedState;
    }

    /** What a monument and its history looked like before an instant: its row then, and its report revisions as recorded. */
    public record Recorded(Monument monument, List<DamageReport> current, Instant before) {
    }

    /** The current view, from the cache while the monument's version is unchanged. */
    public MonumentViewCache.Json view(String id, boolean revealed, long version) {
        return viewCache.get(id, MonumentViewCache.Form.VIEW, revealed, version, () -> {
            Monument monument = monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
            var establishing = monument.currentReportId == null ? null : reports.find(monument.currentReportId).orElse(null);
            var established = establishing == null ? null : views.claim(establishing);
            var latest = monument.latestClaimReportId == null ? null : reports.find(monument.latestClaimReportId).map(views::claim).orElse(null);
            List<DamageReport> contesting = !monument.conditionContested || establishing == null ? List.of()
                    : ConditionService.contesting(establishing, conditions.currentReports(id), conflicts.settledConditionDisagreements(id));
            return new MonumentViewCache.Built(monument.version, MonumentView.of(monument, established, claimsOf(contesting), latest));
        });
    }

    /** The current history, from the cache while the monument's version is unchanged. */
    public MonumentViewCache.Json history(String id, boolean revealed, long version) {
        return viewCache.get(id, MonumentViewCache.Form.HISTORY, revealed, version, () -> {
            Monument monument = monuments.find(id).orElseThrow(() -> ProblemException.notFound("Monument", id));
            return new MonumentViewCache.Built(monument.version, history(id, monument.currentCondition, conditions.currentReports(id), null));
        });
    }

    /** The monument and its reports as recorded before an instant; 404 for a monument the registry did not hold yet. */
    public Recorded recorded(String id, Instant before) {
        Monument monument = monuments.find(id).filter(m -> m.createdAt.isBefore(before))
                .orElseThrow(() -> new ProblemException(404, "about:blank", "Not Found", "Monument '" + id + "' was not in the registry before " + before, null));
        // the record's own fields (name, location, site...) as they stood then, from the edits kept since
        return new Recorded(monuments.recordAsOf(monument, before), recordedState.currentReports(id, before), before);
    }

    public MonumentView view(Recorded recorded) {
        var established = ConditionService.currentConditionReport(recorded.current());
        var latest = ConditionService.latestClaim(recorded.current());
        List<DamageReport> contesting = established.map(r -> ConditionService.contesting(r, recorded.current(),
                conflicts.settledConditionDisagreements(recorded.monument().id, recorded.before()))).orElse(List.of());
        return MonumentView.asRecorded(recorded.monument(), established.map(r -> r.condition).orElse(Condition.UNKNOWN),
                established.map(views::claim).orElse(null), claimsOf(contesting), latest.map(views::claim).orElse(null), recorded.before());
    }

    private List<ClaimSummary> claimsOf(List<DamageReport> reports) {
        var claims = views.claims(reports);
        return reports.stream().map(r -> claims.get(r.id)).toList();
    }

    public HistoryView history(Recorded recorded) {
        return history(recorded.monument().id, ConditionService.currentConditionReport(recorded.current()).map(r -> r.condition).orElse(Condition.UNKNOWN),
                recorded.current(), recorded.before());
    }

    /** The established steps over event time, each with its reports, beside every claim. */
    public HistoryView history(String id, Condition currentCondition, List<DamageReport> current, Instant recordedBefore) {
        var claims = views.claims(current);
        var steps = conditions.establishedSteps(current);
        List<HistoryView.Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var next = i + 1 < steps.size() ? EdtfView.from(steps.get(i + 1).reports().get(0).eventDate) : null;
            out.add(new HistoryView.Step(step.condition(), EdtfView.from(step.reports().get(0).eventDate), next,
                    step.reports().stream().map(r -> claims.get(r.id)).toList()));
        }
        return new HistoryView(id, currentCondition, out, current.stream().map(r -> claims.get(r.id)).toList(), recordedBefore);
    }
}
