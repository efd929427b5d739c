package org.heritageregistry.conflict;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Pages;
import org.heritageregistry.report.EventOrder;
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportViews;

/** Builds conflict representations with their reports, loaded in one query per page. */
@RequestScoped
public class ConflictViews {

    private final ReportViews reports;
    private final ConflictService conflicts;

    ConflictViews(ReportViews reports, ConflictService conflicts) {
        this.reports = reports;
        this.conflicts = conflicts;
    }

    public ConflictPage page(ConflictFilter filter, PageRequest page) {
        var result = Pages.of(conflicts.list(filter, page), page.limit(), c -> Cursor.encode(c.id.toString()), this::of);
        return new ConflictPage(result.items(), result.nextCursor());
    }

    public boolean revealsConfidential() {
        return reports.revealsConfidential();
    }

    public ConflictView of(Conflict conflict) {
        return of(List.of(conflict)).get(0);
    }

    public List<ConflictView> of(List<Conflict> conflicts) {
        Set<UUID> ids = new HashSet<>();
        conflicts.forEach(c -> ids.addAll(c.reportIds()));
        List<DamageReport> rows = ids.isEmpty() ? List.of() : DamageReport.list("id in ?1", ids);
        Map<UUID, DamageReport> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.id, r));
        Map<UUID, ClaimSummary> claims = reports.claims(rows);
        return conflicts.stream().map(c -> new ConflictView(c.id, c.siteId, c.monumentId, c.kind, c.state, c.state != ConflictState.OPEN, c.description,
                c.reportIds().stream().map(byId::get).sorted(EventOrder.COMPARATOR).map(r -> claims.get(r.id)).toList(),
                c.detectedAt, c.closedAt, c.closedAt, c.state == ConflictState.SETTLED ? new ConflictView.Settlement(c.settledBy, c.settledAt, c.rationale) : null))
                .toList();
    }
}
