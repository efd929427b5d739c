package org.heritageregistry.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.heritageregistry.source.Source;
import org.heritageregistry.source.SourceService;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.source.SourceVisibility;
import org.heritageregistry.vocabulary.EdtfView;

/**
 * Builds report representations for the caller: sources loaded in one query per page, and
 * confidential ones masked unless the caller may see them.
 */
@RequestScoped
public class ReportViews {

    private final SourceService sources;
    private final SourceVisibility visibility;

    ReportViews(SourceService sources, SourceVisibility visibility) {
        this.sources = sources;
        this.visibility = visibility;
    }

    public ReportView of(DamageReport report) {
        return of(List.of(report)).get(0);
    }

    public List<ReportView> of(List<DamageReport> reports) {
        Map<UUID, Source> byId = load(reports);
        boolean reveal = visibility.revealsConfidential();
        return reports.stream().map(r -> view(r, byId, reveal)).toList();
    }

    public ClaimSummary claim(DamageReport report) {
        Map<UUID, Source> byId = load(List.of(report));
        return ClaimSummary.of(report, SourceView.of(byId.get(report.sourceId), visibility.revealsConfidential()));
    }

    /** Brief forms of many reports, with their sources loaded in one query. */
    public Map<UUID, ClaimSummary> claims(List<DamageReport> reports) {
        Map<UUID, Source> byId = load(reports);
        boolean reveal = visibility.revealsConfidential();
        Map<UUID, ClaimSummary> out = new java.util.HashMap<>();
        reports.forEach(r -> out.put(r.id, ClaimSummary.of(r, SourceView.of(byId.get(r.sourceId), reveal))));
        return out;
    }

    public boolean revealsConfidential() {
        return visibility.revealsConfidential();
    }

    private Map<UUID, Source> load(List<DamageReport> reports) {
        Set<UUID> ids = new HashSet<>();
        reports.forEach(r -> {
            ids.add(r.sourceId);
            if (r.relayedById != null) {
                ids.add(r.relayedById);
            }
        });
        return sources.findAll(ids);
    }

    private static ReportView view(DamageReport r, Map<UUID, Source> sources, boolean reveal) {
        SourceView relayed = r.relayedById == null ? null : SourceView.of(Objects.requireNonNull(sources.get(r.relayedById)), reveal);
        return new ReportView(r.id, r.lineageId, r.revision, r.supersedesId, r.supersededById, r.monumentId, r.siteId, r.incidentKind,
                r.condition, r.conditionWording, r.extent, r.incidentCount(), r.siteControl(), r.affected, r.causes.stream().sorted().toList(), EdtfView.from(r.eventDate), EdtfView.from(r.publishedOn),
                r.certainty, r.certaintyWording, SourceView.of(Objects.requireNonNull(sources.get(r.sourceId)), reveal), relayed,
                r.summary, r.evidence.stream().map(EvidenceView::from).toList(), r.status, r.submittedBy, r.submittedAt, r.revisionKind, r.owner());
    }
}
