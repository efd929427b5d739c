package org.heritageregistry.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.heritageregistry.common.JdbcBatch;
import org.heritageregistry.vocabulary.Cause;

/**
 * Inserts first revisions built in memory ({@link ReportService#claim}) as rows, a table at a
 * time, for the bulk load of an import. Hand-written because Hibernate writes a report's causes and
 * evidence right after its row, statement by statement, so a thousand reports would be thousands
 * of round trips; here they are three batches. The columns are the entity's mapping
 * ({@link DamageReport}); ImportsTest reads a bulk-loaded report back through the API and compares
 * it field by field with the same claim posted, so a column added to the entity and not here fails it.
 */
final class FirstRevisionRows {

    private static final String REPORT = "insert into damage_report (id, lineage_id, revision, supersedes_id, superseded_by_id, monument_id, site_id, incident_kind, "
            + "count_value, count_qualifier, count_of, controlled_by, control_extent, affected, asserted_condition, condition_wording, extent, "
            + "event_edtf, event_earliest, event_latest, published_edtf, published_earliest, published_latest, certainty, certainty_wording, "
            + "source_id, relayed_by_id, summary, status, submitted_by, revision_kind, claim_owner, submitted_at, version, event_wide) "
            + "values (?, ?, ?, null, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final String CAUSE = "insert into report_cause (report_id, cause) values (?, ?)";
    private static final String EVIDENCE = "insert into report_evidence (report_id, idx, kind, description, url, credit, acquired_on, locator) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private FirstRevisionRows() {
    }

    static void insert(EntityManager entities, List<DamageReport> reports) {
        reports.forEach(DamageReport::classifyWindow); // the entity's @PrePersist, which no JDBC insert runs
        JdbcBatch.afterOneFlush(entities, () -> insertFlushed(entities, reports));
    }

    private static void insertFlushed(EntityManager entities, List<DamageReport> reports) {
        JdbcBatch.insert(entities, REPORT, reports, (row, r) -> row.object(r.id).object(r.lineageId).integer(r.revision).text(r.monumentId).text(r.siteId)
                .text(r.incidentKind).integer(r.countValue).text(r.countQualifier).text(r.countOf).text(r.controlledBy).text(r.controlExtent)
                .text(r.affected).text(r.condition).text(r.conditionWording).text(r.extent)
                .text(r.eventDate == null ? null : r.eventDate.edtf).date(r.eventDate == null ? null : r.eventDate.earliest)
                .date(r.eventDate == null ? null : r.eventDate.latest).text(r.publishedOn == null ? null : r.publishedOn.edtf)
                .date(r.publishedOn == null ? null : r.publishedOn.earliest).date(r.publishedOn == null ? null : r.publishedOn.latest)
                .text(r.certainty).text(r.certaintyWording).object(r.sourceId).object(r.relayedById).text(r.summary).text(r.status)
                .text(r.submittedBy).text(r.revisionKind).text(r.claimOwner).instant(r.submittedAt).bool(r.eventWide));
        List<Map.Entry<DamageReport, Cause>> causes = new ArrayList<>();
        List<Map.Entry<DamageReport, Integer>> evidence = new ArrayList<>();
        for (DamageReport report : reports) {
            report.causes.forEach(cause -> causes.add(Map.entry(report, cause)));
            for (int i = 0; i < report.evidence.size(); i++) {
                evidence.add(Map.entry(report, i));
            }
        }
        JdbcBatch.insert(entities, CAUSE, causes, (row, c) -> row.object(c.getKey().id).text(c.getValue()));
        JdbcBatch.insert(entities, EVIDENCE, evidence, (row, e) -> {
            EvidenceItem item = e.getKey().evidence.get(e.getValue());
            row.object(e.getKey().id).integer(e.getValue()).text(item.kind).text(item.description).text(item.url).text(item.credit).date(item.acquiredOn)
                    .text(item.locator);
        });
    }
}
