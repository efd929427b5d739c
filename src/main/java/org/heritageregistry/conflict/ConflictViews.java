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
import org.heritageregistry.report.ClaimSummary;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportViews;

/** Builds conflict representations with both reports, loaded in one query per page. */
@RequestScoped
public class ConflictViews {

    private final ReportViews reports;
    private final ConflictService conflicts;

    ConflictViews(ReportViews reports, ConflictService conflicts) {
        this.reports = reports;
        this.conflicts = conflicts;
    }

    /** A page of conflicts, of one monument or all (monument null), open, resolved or both (resolved null). */
    public ConflictPage page(String monument, Boolean resolved, PageRequest page) {
        var result = Pages.of(conflicts.list(monument, resolved, page), page.limit(), c -> Cursor.encode(c.id.toString()), this::of);
        return new ConflictPage(result.items(), result.nextCursor());
    }

    public List<ConflictView> of(List<Conflict> conflicts) {
        Set<UUID> ids = new HashSet<>();
        conflicts.forEach(c -> {
            ids.add(c.reportAId);
            ids.add(c.reportBId);
        });
        List<DamageReport> rows = ids.isEmpty() ? List.of() : DamageReport.list("id in ?1", ids);
        Map<UUID, ClaimSummary> claims = reports.claims(rows);
        return conflicts.stream().map(c -> new ConflictView(c.id, c.monumentId, c.kind, c.description,
                List.of(claims.get(c.reportAId), claims.get(c.reportBId)), c.resolved, c.detectedAt, c.resolvedAt)).toList();
    }
}
