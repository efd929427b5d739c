package org.heritageregistry.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.operations.SeedState;
import org.heritageregistry.report.ReportService;
import org.heritageregistry.site.Site;
import org.heritageregistry.source.SourceService;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the Palmyra data set into an empty database at first start, in one transaction, through
 * the same services and validation rules as the API.
 */
@ApplicationScoped
public class PalmyraSeed {

    static final String RESOURCE = "seed/palmyra.json";
    /** Seed reports are attributed to this pseudo-account, so no real reviewer is their submitter. */
    public static final String SUBMITTER = "palmyra-seed";

    private static final Logger LOG = Logger.getLogger(PalmyraSeed.class);

    private final SeedConfig config;
    private final ObjectMapper json;
    private final Validator validator;
    private final SourceService sources;
    private final ReportService reports;
    private final SeedDecisions decisions;
    private final ChangeFeed feed;

    PalmyraSeed(SeedConfig config, ObjectMapper json, Validator validator, SourceService sources, ReportService reports,
            SeedDecisions decisions, ChangeFeed feed) {
        this.feed = feed;
        this.config = config;
        this.json = json;
        this.validator = validator;
        this.sources = sources;
        this.reports = reports;
        this.decisions = decisions;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        SeedState state = SeedState.lock(); // another instance starting now waits here
        if (state.loaded) {
            return;
        }
        SeedData data = read();
        // The reports keep the dates they were first published on, as if recorded then; the sites,
        // monuments and sources they need are dated with the first of them, so that asOf answers
        // about 2015 find them in the registry.
        Instant catalogued = data.reports().stream().map(SeedData.SeedReport::submittedAt).min(Instant::compareTo).orElseGet(Instant::now);
        data.sites().forEach(s -> site(s, catalogued).persist());
        data.monuments().forEach(m -> monument(m, catalogued).persist());
        // the feed tells the whole story from its first position: the monuments, then every claim and decision
        feed.append(data.monuments().stream().map(m -> ChangeDraft.monumentCreated(m.id(), m.siteId(), catalogued)).toList());
        data.sources().forEach(s -> sources.register(s.id(), valid(s.toRequest()), SUBMITTER, catalogued));
        data.reports().forEach(r -> reports.record(r.id(), valid(r.toRequest()), SUBMITTER, r.submittedAt()));
        decisions.apply(data.decisions(), data.settlements());
        state.loaded = true;
        LOG.infof("Loaded the Palmyra data set: %d sites, %d monuments, %d sources, %d reports, %d decisions", data.sites().size(),
                data.monuments().size(), data.sources().size(), data.reports().size(), data.decisions().size());
    }

    SeedData read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return json.readValue(in, SeedData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid seed record " + request + ": " + violations);
        }
        return request;
    }

    private static Site site(SeedData.SeedSite s, Instant at) {
        Site site = new Site();
        site.id = s.id();
        site.name = s.name();
        site.country = s.country();
        site.unescoId = s.unescoId();
        site.wikidata = s.wikidata();
        site.pleiades = s.pleiades();
        site.latitude = s.latitude();
        site.longitude = s.longitude();
        site.inDangerSince = s.inDangerSince();
        site.description = s.description();
        site.names.addAll(s.names());
        site.createdAt = at;
        site.createdBy = SUBMITTER;
        return site;
    }

    private static Monument monument(SeedData.SeedMonument m, Instant at) {
        Monument monument = new Monument();
        monument.id = m.id();
        monument.siteId = m.siteId();
        monument.name = m.name();
        monument.category = m.category();
        monument.period = m.period();
        monument.latitude = m.latitude();
        monument.longitude = m.longitude();
        monument.locationCertainty = m.locationCertainty();
        monument.locationBasis = m.locationBasis();
        monument.wikidata = m.wikidata();
        monument.pleiades = m.pleiades();
        monument.description = m.description();
        monument.names.addAll(m.names());
        monument.createdAt = at;
        monument.createdBy = SUBMITTER;
        return monument;
    }
}
