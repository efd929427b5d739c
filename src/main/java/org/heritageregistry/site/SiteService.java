package org.heritageregistry.site;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.RecordChanges;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds sites, and the curation use cases on them (issue 21): create, edit by merge patch, retire.
 * Each write follows the monument's: the row lock, If-Match, the create's validation for the
 * merged record, a revision keeping the record as it stood, an audit line and a change in the feed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteService {

    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Idempotency idempotency;
    private final Validator validator;
    private final ObjectMapper json;

    SiteService(AuditLog audit, ChangeFeed feed, Idempotency idempotency, Validator validator, ObjectMapper json) {
        this.audit = audit;
        this.feed = feed;
        this.idempotency = idempotency;
        this.validator = validator;
        this.json = json;
    }

    /**
     * The site, locked for a write on the claims about the whole site (their conflicts are derived
     * together, so such writes take turns on the site's row); null when there is no such site.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Site lockForClaims(String siteId) {
        return Site.getEntityManager().find(Site.class, siteId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The rule that a retired site takes no new monuments, for a write that puts a monument on a
     * site (a create, or an edit moving one): an unknown site is a 422 naming {@code field}, a retired
     * one a 422 too. The site's row is locked (as retirement locks it), so a monument cannot land on a
     * site being retired in between.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Site requireOpen(String siteId, String field) {
        Site site = siteId == null ? null : lockForClaims(siteId);
        if (site == null) {
            throw ProblemException.unknownReference(field, "Site", siteId);
        }
        if (site.retired) {
            throw new ProblemException(422, "/problems/site-retired", "Site retired", field + ": site '" + siteId + "' is retired and takes no new monuments",
                    List.of(new ApiProblem.FieldError(field, "the site is retired and takes no new monuments")));
        }
        return site;
    }

    /** Whether the site exists, without loading it (so a later read in the same request sees what a write committed meanwhile). */
    public boolean exists(String id) {
        return Site.count("id", id) > 0;
    }

    public Optional<Site> find(String id) {
        return Site.findByIdOptional(id);
    }

    public List<Site> list(PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        var query = after == null ? Site.<Site>find("order by id") : Site.<Site>find("id > ?1 order by id", after.get(0));
        return query.range(0, page.limit()).list();
    }

    /** The createSite use case: once per Idempotency-Key, in its own transaction. Returns the site's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome create(NewSite request, String by, String idempotencyKey) {
        // checked before the key is claimed: an invalid boundary is a 400 like any invalid field
        String boundary = request.boundary() == null || request.boundary().isNull() ? null : SiteBoundary.canonical(request.boundary(), "boundary", json);
        return idempotency.execute(idempotencyKey, by, "createSite", request, () -> add(request, boundary, by).id);
    }

    /** The retireSite use case: once per Idempotency-Key, in its own transaction. Returns the site's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome retire(String id, SiteRetirement request, String by, String ifMatch, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "retireSite:" + id, request, () -> retire(id, request.reason().strip(), by, ifMatch).id);
    }

    /** Adds a site in the caller's transaction (a bulk import's batch): the createSite rules, without an Idempotency-Key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Site add(NewSite request, String by) {
        String boundary = request.boundary() == null || request.boundary().isNull() ? null : SiteBoundary.canonical(request.boundary(), "boundary", json);
        return add(request, boundary, by);
    }

    private Site add(NewSite request, String boundary, String by) {
        if (Site.findById(request.id()) != null) {
            throw ProblemException.conflict("/problems/duplicate-id", "A site with id '" + request.id() + "' already exists");
        }
        Site site = new Site();
        site.id = request.id();
        site.name = request.name().strip();
        site.country = request.country();
        if (request.location() != null) {
            site.latitude = request.location().latitude();
            site.longitude = request.location().longitude();
        }
        site.boundary = boundary;
        site.wikidata = request.wikidata();
        site.pleiades = request.pleiades();
        site.unescoId = request.unescoId();
        site.inDangerSince = request.inDangerSince();
        site.description = request.description();
        if (request.names() != null) {
            site.names.addAll(request.names());
        }
        site.createdAt = Instant.now();
        site.createdBy = by;
        site.persist();
        audit.record(by, "SITE_CREATED", "site", site.id, Map.of("name", site.name, "country", site.country), site.createdAt);
        feed.append(List.of(ChangeDraft.siteCreated(site.id, site.createdAt)));
        return site;
    }

    /**
     * Retires a site: it stays readable with its monuments and reports, but takes no new monuments
     * (nor new claims about the whole site). Nothing is deleted. Retiring twice is a 409; a stale
     * If-Match is a 412.
     */
    private Site retire(String id, String reason, String by, String ifMatch) {
        Site site = lockForClaims(id);
        if (site == null) {
            throw ProblemException.notFound("Site", id);
        }
        Preconditions.requireMatch(ifMatch, site.version, "The site");
        if (site.retired) {
            throw ProblemException.conflict("/problems/already-retired", "Site '" + id + "' is already retired");
        }
        site.retired = true;
        Instant at = Instant.now();
        audit.record(by, "SITE_RETIRED", "site", site.id, Map.of("reason", reason), at);
        feed.append(List.of(ChangeDraft.siteRetired(site.id, reason, at)));
        return site;
    }

    /**
     * The updateSite use case: applies a merge patch to the site's record under its row lock, after
     * If-Match. Validation is the create's (the merged record must be a valid {@link NewSite}; the
     * boundary was checked as the patch was read); any refusal changes nothing. An edit that changes
     * something keeps the record as it stood in a {@link SiteRevision}, moves the version, and is
     * audited and put in the change feed. A patch that changes nothing writes nothing. A retired
     * site can still be corrected.
     */
    @Transactional
    public Site update(String id, MergePatch.Fields patch, String by, String ifMatch) {
        Preconditions.requirePresent(ifMatch, "A site edit");
        Site site = lockForClaims(id);
        if (site == null) {
            throw ProblemException.notFound("Site", id);
        }
        Preconditions.requireMatch(ifMatch, site.version, "The site");
        NewSite merged = merge(site, patch);
        var violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String boundary = patch.or("boundary", site.boundary);
        RecordChanges edit = changes(site, merged, boundary);
        if (edit.isEmpty()) {
            return site;
        }
        Map<String, Map<String, Object>> changed = edit.asMap();
        Instant at = Instant.now();
        SiteRevision revision = snapshot(site);
        revision.revision = 1 + (int) SiteRevision.count("siteId", id);
        revision.recordedAt = at;
        revision.recordedBy = by;
        revision.changes = RecordChanges.toJson(changed, json);
        revision.persist();
        site.name = merged.name().strip();
        site.country = merged.country();
        site.latitude = merged.location() == null ? null : merged.location().latitude();
        site.longitude = merged.location() == null ? null : merged.location().longitude();
        site.boundary = boundary;
        site.wikidata = merged.wikidata();
        site.pleiades = merged.pleiades();
        site.unescoId = merged.unescoId();
        site.inDangerSince = merged.inDangerSince();
        site.description = merged.description();
        if (edit.has("names")) {
            site.names.clear();
            merged.names().forEach(n -> site.names.add(new LocalizedName(n.name, n.lang)));
        }
        // the version moves on flush whatever changed (a names-only edit touches no column of the row)
        Site.getEntityManager().lock(site, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(by, "SITE_UPDATED", "site", id, forAudit(changed), at);
        feed.append(List.of(ChangeDraft.siteUpdated(id, "changed: " + String.join(", ", changed.keySet()), at)));
        return site;
    }

    /** The edits of a site's record, oldest first, keyset-paged by revision number. */
    public List<SiteRevision> revisions(String id, PageRequest page) {
        int from = RecordChanges.revisionAfter(page.cursor());
        return SiteRevision.<SiteRevision>find("siteId = ?1 and revision > ?2 order by revision", id, from).range(0, page.limit()).list();
    }

    /**
     * The site's record as it stood before an instant, as a detached copy (never persisted): the
     * record kept by the first edit made at or after the instant, or the current record when no edit
     * came since. Empty when the site was not in the registry yet.
     */
    public Optional<Site> recordAsOf(String id, Instant before) {
        Site current = Site.findById(id);
        if (current == null || !current.createdAt.isBefore(before)) {
            return Optional.empty();
        }
        SiteRevision next = SiteRevision.<SiteRevision>find("siteId = ?1 and recordedAt >= ?2 order by revision", id, before).firstResult();
        if (next == null) {
            return Optional.of(current);
        }
        Site then = new Site();
        then.id = current.id;
        then.name = next.name;
        then.country = next.country;
        then.unescoId = next.unescoId;
        then.wikidata = next.wikidata;
        then.pleiades = next.pleiades;
        then.latitude = next.latitude;
        then.longitude = next.longitude;
        then.inDangerSince = next.inDangerSince;
        then.description = next.description;
        then.boundary = next.boundary;
        then.names = new ArrayList<>(RecordChanges.namesOf(next.names, json));
        then.retired = current.retired;
        then.version = current.version;
        then.createdAt = current.createdAt;
        then.createdBy = current.createdBy;
        return Optional.of(then);
    }

    private static NewSite merge(Site s, MergePatch.Fields patch) {
        return new NewSite(s.id,
                patch.or("name", s.name),
                patch.or("names", s.names),
                patch.or("country", s.country),
                patch.or("location", GeoPoint.of(s.latitude, s.longitude)),
                null, // the boundary was checked as the patch was read
                patch.or("wikidata", s.wikidata),
                patch.or("pleiades", s.pleiades),
                patch.or("unescoId", s.unescoId),
                patch.or("inDangerSince", s.inDangerSince),
                patch.or("description", s.description));
    }

    /** Each field whose value moves, with from and to, in the order of {@link SitePatch#EDITABLE}. */
    private RecordChanges changes(Site s, NewSite merged, String boundary) {
        RecordChanges edit = new RecordChanges()
                .compare("name", s.name, merged.name().strip())
                .compare("names", RecordChanges.namesAsMaps(s.names), RecordChanges.namesAsMaps(merged.names()))
                .compare("country", s.country, merged.country())
                .compare("location", RecordChanges.locationAsMap(GeoPoint.of(s.latitude, s.longitude)), RecordChanges.locationAsMap(merged.location()));
        if (!Objects.equals(SiteBoundary.tree(s.boundary, json), SiteBoundary.tree(boundary, json))) {
            edit.compare("boundary", SiteBoundary.tree(s.boundary, json), SiteBoundary.tree(boundary, json));
        }
        return edit
                .compare("wikidata", s.wikidata, merged.wikidata())
                .compare("pleiades", s.pleiades, merged.pleiades())
                .compare("unescoId", s.unescoId, merged.unescoId())
                .compare("inDangerSince", s.inDangerSince == null ? null : s.inDangerSince.toString(),
                        merged.inDangerSince() == null ? null : merged.inDangerSince().toString())
                .compare("description", s.description, merged.description());
    }

    /** The audit line keeps its detail small (it is cut at 4,000 characters): a boundary is named by its type and size there, in full in the revision. */
    private Map<String, Map<String, Object>> forAudit(Map<String, Map<String, Object>> changed) {
        if (!changed.containsKey("boundary")) {
            return changed;
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>(changed);
        Map<String, Object> boundary = new LinkedHashMap<>();
        changed.get("boundary").forEach((k, v) -> boundary.put(k, v == null ? null : SiteBoundary.summary(v.toString(), json)));
        out.put("boundary", boundary);
        return out;
    }

    private SiteRevision snapshot(Site s) {
        SiteRevision r = new SiteRevision();
        r.id = UUID.randomUUID();
        r.siteId = s.id;
        r.name = s.name;
        r.country = s.country;
        r.unescoId = s.unescoId;
        r.wikidata = s.wikidata;
        r.pleiades = s.pleiades;
        r.latitude = s.latitude;
        r.longitude = s.longitude;
        r.inDangerSince = s.inDangerSince;
        r.description = s.description;
        r.boundary = s.boundary;
        r.names = RecordChanges.toJson(RecordChanges.namesAsMaps(s.names), json);
        return r;
    }
}
