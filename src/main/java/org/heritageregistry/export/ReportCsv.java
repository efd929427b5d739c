package org.heritageregistry.export;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.UriInfo;

import org.heritageregistry.common.JsonEnums;
import org.heritageregistry.report.ReportView;
import org.heritageregistry.source.SourceView;
import org.heritageregistry.vocabulary.EdtfView;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A page of reports as CSV, built from the same views as the JSON answer: a confidential source
 * is masked exactly as there (for the public, an empty name beside its kind).
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    @JsonPropertyOrder({ "id", "lineageId", "revision", "supersedes", "supersededBy", "monumentId", "siteId", "incidentKind", "condition",
            "conditionWording", "extent", "countValue", "countQualifier", "countOf", "controlledBy", "controlExtent", "affected",
            "causes", "eventDate", "eventEarliest", "eventLatest", "publishedOn", "certainty", "certaintyWording", "sourceId", "sourceName",
            "sourceKind", "sourceConfidential", "relayedById", "relayedByName", "status", "summary", "evidenceKinds", "submittedBy",
            "submittedAt", "url" })
    record Row(String id, String lineageId, int revision, String supersedes, String supersededBy, String monumentId, String siteId,
            String incidentKind, String condition, String conditionWording, String extent, Integer countValue, String countQualifier, String countOf,
            String controlledBy, String controlExtent, String affected, String causes, String eventDate, String eventEarliest, String eventLatest, String publishedOn,
            String certainty, String certaintyWording, String sourceId, String sourceName, String sourceKind, boolean sourceConfidential,
            String relayedById, String relayedByName, String status, String summary, String evidenceKinds, String submittedBy,
            String submittedAt, String url) {
    }

    public static String write(List<ReportView> reports, UriInfo uri) {
        return Csv.write(Row.class, reports.stream().map(r -> row(r, uri)).toList());
    }

    private static Row row(ReportView r, UriInfo uri) {
        EdtfView event = r.eventDate();
        SourceView relayed = r.relayedBy();
        return new Row(r.id().toString(), r.lineageId().toString(), r.revision(), string(r.supersedes()), string(r.supersededBy()),
                r.monumentId(), r.siteId(), r.incidentKind().name(), r.condition().name(), Csv.text(r.conditionWording()),
                r.extent() == null ? null : JsonEnums.jsonName(r.extent()), r.count() == null ? null : r.count().value(),
                r.count() == null ? null : r.count().qualifier().name(), r.count() == null ? null : Csv.text(r.count().of()),
                r.control() == null ? null : Csv.text(r.control().by()), r.control() == null ? null : r.control().extent().name(), Csv.text(r.affected()),
                r.causes().stream().map(Enum::name).collect(Collectors.joining(";")),
                Csv.text(event.edtf()), string(event.earliest()), string(event.latest()),
                r.publishedOn() == null ? null : Csv.text(r.publishedOn().edtf()), r.certainty().name(), Csv.text(r.certaintyWording()),
                r.source().id().toString(), Csv.text(r.source().name()), r.source().kind().name(), r.source().confidential(),
                relayed == null ? null : relayed.id().toString(), relayed == null ? null : Csv.text(relayed.name()),
                r.status().name(), Csv.text(r.summary()), r.evidence().stream().map(e -> e.kind().name()).collect(Collectors.joining(";")),
                Csv.text(r.submittedBy()), r.submittedAt().toString(), Links.report(uri, r.id()));
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
