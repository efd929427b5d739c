package org.heritageregistry.imports;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.NewMonument;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.site.NewSite;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.source.NewSource;
import org.heritageregistry.source.Source;
import org.heritageregistry.source.SourceService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads one row in the batch's transaction through its feature's own write (the same rules, audit
 * line, feed entry, derivation and conflicts as the API's), and remembers its natural key. A row
 * whose key is already known, or whose site or monument id is already taken, is skipped: a file
 * sent again, or a batch done again after a crash, adds nothing twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class RowLoader {

    enum Outcome { CREATED, SKIPPED }

    private final RowRecords records;
    private final SiteService sites;
    private final MonumentService monuments;
    private final SourceService sources;
    private final ReportService reports;
    private final SourceReferences references;
    private final ImportKeys keys;

    RowLoader(ObjectMapper json, Validator validator, SiteService sites, MonumentService monuments, SourceService sources, ReportService reports,
            SourceReferences references, ImportKeys keys) {
        this.records = new RowRecords(json, validator);
        this.sites = sites;
        this.monuments = monuments;
        this.sources = sources;
        this.reports = reports;
        this.references = references;
        this.keys = keys;
    }

    Outcome load(ImportRowRecord row, String by, UUID job, Instant at) {
        String key = RowKeys.of(row);
        if (keys.find(key).isPresent()) {
            return Outcome.SKIPPED;
        }
        String created = switch (row.type()) {
            case SITE -> {
                NewSite site = (NewSite) records.require(row, null, null);
                yield sites.exists(site.id()) ? null : sites.add(site, by).id;
            }
            case MONUMENT -> {
                NewMonument monument = (NewMonument) records.require(row, null, null);
                yield monuments.find(monument.id()).isPresent() ? null : monuments.add(monument, by).id;
            }
            case SOURCE -> {
                NewSource source = (NewSource) records.require(row, null, null);
                var same = sources.named(source.name());
                if (!same.isEmpty()) {
                    // the source the registry has under this name is the one the file means: later rows citing this row cite it
                    keys.remember(key, same.get(0).id.toString(), job, at);
                    yield null;
                }
                String similar = references.similarOnly(source);
                if (similar != null) {
                    throw ProblemException.conflict("/problems/similar-source", similar);
                }
                yield sources.register(UUID.randomUUID(), source, by, at).id.toString();
            }
            case REPORT -> {
                UUID source = references.require(row.source(), row.sourceName(), "source");
                UUID relay = row.relayedBy() == null && row.relayedByName() == null ? null : references.require(row.relayedBy(), row.relayedByName(), "relayedBy");
                NewReport report = (NewReport) records.require(row, source, relay);
                yield reports.record(UUID.randomUUID(), report, by, at).id.toString();
            }
        };
        if (created == null) {
            return Outcome.SKIPPED; // the registry already has it: the row adds nothing
        }
        keys.remember(key, created, job, at);
        return Outcome.CREATED;
    }
}
