package org.heritageregistry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.heritageregistry.common.ProblemException;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.monument.NewMonument;
import org.heritageregistry.report.NewReport;
import org.heritageregistry.site.NewSite;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SiteBoundary;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.source.NewSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a whole file before anything is loaded, one row at a time and remembering what the file
 * itself adds: every row must be a valid request for its kind, name only what exists (in the
 * registry, or in an earlier row of the file), and carry a natural key no other row of the file
 * has. What it cannot know (a monument retired between the check and the load) the load reports
 * as a failed row.
 */
final class ImportChecker {

    private final RowRecords records;
    private final SiteService sites;
    private final MonumentService monuments;
    private final SourceReferences sources;
    private final ObjectMapper json;

    private final Set<String> fileSites = new HashSet<>();
    private final Set<String> fileMonuments = new HashSet<>();
    private final Set<String> fileSources = new HashSet<>();
    private final Map<String, Integer> keyLines = new HashMap<>();
    // what the registry says of a name or an id, asked once per file (a file of 100,000 claims names a few monuments and sources)
    private final Map<String, Optional<Site>> knownSites = new HashMap<>();
    private final Map<String, Optional<Monument>> knownMonuments = new HashMap<>();
    private final Map<List<String>, SourceReferences.Found> knownReferences = new HashMap<>();

    ImportChecker(RowRecords records, SiteService sites, MonumentService monuments, SourceReferences sources, ObjectMapper json) {
        this.records = records;
        this.sites = sites;
        this.monuments = monuments;
        this.sources = sources;
        this.json = json;
    }

    /** Reports the row's errors to the sink; true when it has none. */
    boolean check(ImportRowRecord row, ImportFile.RowSink sink) {
        List<RowError> errors = new ArrayList<>();
        checkRow(row, errors::add);
        errors.forEach(sink::error);
        return errors.isEmpty();
    }

    private void checkRow(ImportRowRecord row, Consumer<RowError> sink) {
        var sourceRef = row.type() == RowType.REPORT ? reference(row, row.source(), row.sourceName(), "source", sink) : null;
        var relayRef = row.type() == RowType.REPORT && (row.relayedBy() != null || row.relayedByName() != null)
                ? reference(row, row.relayedBy(), row.relayedByName(), "relayedBy", sink) : null;
        RowRecords.Parsed parsed = records.parse(row, sourceRef, relayRef);
        parsed.errors().forEach(sink);
        // a row's key is taken even when the row is invalid: a later row with the same id is a repeat either way
        String key = RowKeys.of(row);
        Integer first = keyLines.putIfAbsent(key, row.line());
        if (first != null) {
            sink.accept(new RowError(row.line(), row.type() == RowType.SITE || row.type() == RowType.MONUMENT ? "data.id" : "id",
                    "repeats line " + first + " (the same " + row.type().jsonName() + ")"));
            return;
        }
        if (!parsed.valid()) {
            return;
        }
        switch (row.type()) {
            case SITE -> site(row, (NewSite) parsed.request(), sink);
            case MONUMENT -> monument(row, (NewMonument) parsed.request(), sink);
            case SOURCE -> {
                NewSource source = (NewSource) parsed.request();
                String similar = sources.similarOnly(source);
                if (similar != null) {
                    sink.accept(new RowError(row.line(), "data.name", similar));
                    return;
                }
                knownReferences.clear(); // a name or id the file now gives may change what a citation finds
                if (row.id() != null) {
                    fileSources.add(row.id());
                }
                fileSources.add(SourceReferences.nameKey(source.name()));
                source.aliasList().forEach(alias -> fileSources.add(SourceReferences.nameKey(alias)));
            }
            case REPORT -> report(row, (NewReport) parsed.request(), sink);
        }
    }

    /** A stand-in id for the validation of a report whose source the file names; null when it names none. */
    private UUID reference(ImportRowRecord row, String reference, String name, String field, Consumer<RowError> sink) {
        if (reference == null && name == null) {
            return null; // data.sourceId, validated as the API does
        }
        SourceReferences.Found found = knownReferences.computeIfAbsent(Arrays.asList(reference, name), k -> sources.find(reference, name, fileSources));
        if (found.error() != null) {
            sink.accept(new RowError(row.line(), field, found.error()));
            return RowRecords.UNRESOLVED_SOURCE;
        }
        return found.id() != null ? found.id() : RowRecords.UNRESOLVED_SOURCE;
    }

    private void site(ImportRowRecord row, NewSite site, Consumer<RowError> sink) {
        if (site.boundary() != null && !site.boundary().isNull()) {
            try {
                SiteBoundary.canonical(site.boundary(), "data.boundary", json);
            } catch (ProblemException e) {
                sink.accept(new RowError(row.line(), "data.boundary", e.getMessage()));
                return;
            }
        }
        fileSites.add(site.id());
    }

    private void monument(ImportRowRecord row, NewMonument monument, Consumer<RowError> sink) {
        if (!fileSites.contains(monument.siteId())) {
            Site site = knownSites.computeIfAbsent(monument.siteId(), sites::find).orElse(null);
            if (site == null) {
                sink.accept(new RowError(row.line(), "data.siteId", "no site has this id, in the registry or in an earlier row"));
                return;
            }
            if (site.retired && monuments.find(monument.id()).isEmpty()) {
                sink.accept(new RowError(row.line(), "data.siteId", "the site is retired and takes no new monuments"));
                return;
            }
        }
        fileMonuments.add(monument.id());
    }

    private void report(ImportRowRecord row, NewReport report, Consumer<RowError> sink) {
        if (report.monumentId() != null && !fileMonuments.contains(report.monumentId())) {
            Monument monument = knownMonuments.computeIfAbsent(report.monumentId(), monuments::find).orElse(null);
            if (monument == null) {
                sink.accept(new RowError(row.line(), "data.monumentId", "no monument has this id, in the registry or in an earlier row"));
            } else if (monument.retired) {
                sink.accept(new RowError(row.line(), "data.monumentId", "the monument is retired and takes no new reports"));
            }
        }
        if (report.siteId() != null && !fileSites.contains(report.siteId())) {
            Site site = knownSites.computeIfAbsent(report.siteId(), sites::find).orElse(null);
            if (site == null) {
                sink.accept(new RowError(row.line(), "data.siteId", "no site has this id, in the registry or in an earlier row"));
            } else if (site.retired) {
                sink.accept(new RowError(row.line(), "data.siteId", "the site is retired and takes no new claims"));
            }
        }
    }
}
