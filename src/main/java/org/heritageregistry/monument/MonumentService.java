package org.heritageregistry.monument;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.RecordChanges;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.vocabulary.Certainty;
import org.heritageregistry.vocabulary.GeoPoint;
import org.heritageregistry.vocabulary.MonumentCategory;
import org.heritageregistry.vocabulary.LocalizedName;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;

/** Finds monuments; their derived condition is maintained by the condition service. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonumentService {

    private final AuditLog audit;
    private final ChangeFeed feed;
    private final MonumentVersions versions;
    private final MonumentChangeSignal changes;
    private final Idempotency idempotency;
    private final SiteService sites;

    private final Validator validator;
    private final ObjectMapper json;

    MonumentService(AuditLog audit, ChangeFeed feed, MonumentVersions versions, MonumentChangeSignal changes, Idempotency idempotency,
            Validator validator, ObjectMapper json, SiteService sites) {
        this.sites = sites;
        this.validator = validator;
        this.json = json;
        this.idempotency = idempotency;
        this.audit = audit;
        this.feed = feed;
        this.versions = versions;
        this.changes = changes;
    }

    public Optional<Monument> find(String id) {
        return Monument.findByIdOptional(id);
    }

    /** The monument's version alone, to validate a cached view or answer 304: remembered, or one primary-key read. */
    public Optional<Long> version(String id) {
        return versions.current(id, MonumentService::readVersion);
    }

    private static Optional<Long> readVersion(String id) {
        return Monument.getEntityManager().createQuery("select m.version from Monument m where m.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Keyset page ordered by id; every filter is backed by an index that ends in id. */
    public List<Monument> list(MonumentFilter filter, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.siteId() != null) {
            where.append(" and m.siteId = :site");
            params.and("site", filter.siteId());
        }
        if (filter.category() != null) {
            where.append(" and m.category = :category");
            params.and("category", filter.category());
        }
        if (filter.condition() != null) {
            where.append(" and m.currentCondition = :condition");
            params.and("condition", filter.condition());
        }
        if (filter.text() != null) {
            where.append(" and (lower(m.name) like :text escape '\\'"
                    + " or exists (select 1 from Monument o join o.names n where o.id = m.id and lower(n.name) like :text escape '\\'))");
            params.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (after != null) {
            where.append(" and m.id > :after");
            params.and("after", after.get(0));
        }
        return Monument.<Monument>find("from Monument m where " + where + " order by m.id", params).range(0, page.limit()).list();
    }

    /**
     * Takes the monument's row lock (and bumps its version, so its ETag moves) at the start of a
     * write that touches its reports: writes on one monument then run one after another, so the
     * derived condition and conflicts are always computed from every committed report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Monument lockForClaims(String monumentId) {
        Monument monument = Monument.getEntityManager().find(Monument.class, monumentId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (monument != null) {
            changes.changing(monumentId);
        }
        return monument;
    }

    /** The createMonument use case: once per Idempotency-Key, in its own transaction. Returns the monument's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome create(NewMonument request, String by, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "createMonument", request, () -> create(request, by).id);
    }

    /** The retireMonument use case: once per Idempotency-Key, in its own transaction. Returns the monument's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome retire(String id, NewRetirement request, String by, String ifMatch, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "retireMonument:" + id, request, () -> retire(id, request.reason().strip(), by, ifMatch).id);
    }

    /** Adds a monument in the caller's transaction (a bulk import's batch): the createMonument rules, without an Idempotency-Key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Monument add(NewMonument request, String by) {
        return create(request, by);
    }

    private Monument create(NewMonument request, String by) {
        sites.requireOpen(request.siteId(), "siteId");
        if (Monument.findById(request.id()) != null) {
            throw ProblemException.conflict("/problems/duplicate-id", "A monument with id '" + request.id() + "' already exists");
        }
        Monument monument = new Monument();
        monument.id = request.id();
        monument.siteId = request.siteId();
        monument.name = request.name().strip();
        monument.category = request.category();
        monument.period = request.period();
        requireLocationFor(request);
        if (request.location() != null) {
            monument.latitude = request.location().latitude();
            monument.longitude = request.location().longitude();
            monument.locationCertainty = request.locationCertainty();
            monument.locationBasis = request.locationBasis();
        }
        monument.wikidata = request.wikidata();
        monument.pleiades = request.pleiades();
        monument.description = request.description();
        if (request.names() != null) {
            monument.names.addAll(request.names());
        }
        monument.createdAt = Instant.now();
        monument.createdBy = by;
        monument.persist();
        audit.record(by, "MONUMENT_CREATED", "monument", monument.id, java.util.Map.of("siteId", monument.siteId, "name", monument.name), monument.createdAt);
        feed.append(List.of(ChangeDraft.monumentCreated(monument.id, monument.siteId, monument.createdAt)));
        return monument;
    }

    /**
     * Retires a monument: it stays readable with its reports but takes no new ones. Nothing is
     * deleted. Retiring twice is a 409; a stale If-Match is a 412.
     */
    private Monument retire(String id, String reason, String by, String ifMatch) {
        // the same lock as report writes take, so no report lands on a monument being retired
        // (retired changes the row, so its version, and with it the ETag, moves on flush)
        Monument monument = Monument.getEntityManager().find(Monument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (monument == null) {
            throw ProblemException.notFound("Monument", id);
        }
        Preconditions.requireMatch(ifMatch, monument.version, "The monument");
        if (monument.retired) {
            throw ProblemException.conflict("/problems/already-retired", "Monument '" + id + "' is already retired");
        }
        monument.retired = true;
        changes.changing(id);
        Instant at = Instant.now();
        audit.record(by, "MONUMENT_RETIRED", "monument", monument.id, java.util.Map.of("reason", reason), at);
        feed.append(List.of(ChangeDraft.monumentRetired(monument.id, monument.siteId, reason, at)));
        return monument;
    }

    /**
     * The updateMonument use case: applies a merge patch to the monument's own record under its row
     * lock (the lock report writes and retirement take), after If-Match. Validation is the create's
     * (the merged record must be a valid {@link NewMonument}); any refusal changes nothing. An edit
     * that changes something keeps the record as it stood in a {@link MonumentRevision}, moves the
     * version, drops the remembered version, and is audited and put in the change feed. A patch that
     * changes nothing writes nothing. A retired monument can still be corrected.
     */
    @Transactional
    public Monument update(String id, MergePatch.Fields patch, String by, String ifMatch) {
        Preconditions.requirePresent(ifMatch, "A monument edit");
        Monument monument = Monument.getEntityManager().find(Monument.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (monument == null) {
            throw ProblemException.notFound("Monument", id);
        }
        Preconditions.requireMatch(ifMatch, monument.version, "The monument");
        NewMonument merged = merge(monument, patch);
        var violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        requireLocationFor(merged);
        if (patch.has("siteId") && !merged.siteId().equals(monument.siteId)) {
            sites.requireOpen(merged.siteId(), "siteId");
        }
        RecordChanges edit = changes(monument, merged);
        Map<String, Map<String, Object>> changed = edit.asMap();
        if (changed.isEmpty()) {
            return monument;
        }
        Instant at = Instant.now();
        MonumentRevision revision = snapshot(monument);
        revision.revision = 1 + (int) MonumentRevision.count("monumentId", id);
        revision.recordedAt = at;
        revision.recordedBy = by;
        revision.changes = toJson(changed);
        revision.persist();
        monument.siteId = merged.siteId();
        monument.name = merged.name().strip();
        monument.category = merged.category();
        monument.period = merged.period();
        monument.latitude = merged.location() == null ? null : merged.location().latitude();
        monument.longitude = merged.location() == null ? null : merged.location().longitude();
        monument.locationCertainty = merged.locationCertainty();
        monument.locationBasis = merged.locationBasis();
        monument.wikidata = merged.wikidata();
        monument.pleiades = merged.pleiades();
        monument.description = merged.description();
        if (changed.containsKey("names")) {
            monument.names.clear();
            merged.names().forEach(n -> monument.names.add(new LocalizedName(n.name, n.lang)));
        }
        // the version moves on flush whatever changed (a names-only edit touches no column of the row)
        Monument.getEntityManager().lock(monument, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        changes.changing(id);
        audit.record(by, "MONUMENT_UPDATED", "monument", id, changed, at);
        feed.append(List.of(ChangeDraft.monumentUpdated(id, monument.siteId, "changed: " + String.join(", ", changed.keySet()), at)));
        return monument;
    }

    /** The edits of a monument's record, oldest first, keyset-paged by revision number. */
    public List<MonumentRevision> revisions(String id, PageRequest page) {
        int from = RecordChanges.revisionAfter(page.cursor());
        return MonumentRevision.<MonumentRevision>find("monumentId = ?1 and revision > ?2 order by revision", id, from).range(0, page.limit()).list();
    }

    /**
     * The monument's own record as it stood before an instant, as a detached copy (never persisted):
     * the record kept by the first edit made at or after the instant, or the current record when no
     * edit came since. The derived condition fields are the current row's; asOf reads derive their own.
     */
    public Monument recordAsOf(Monument current, Instant before) {
        MonumentRevision next = MonumentRevision.<MonumentRevision>find("monumentId = ?1 and recordedAt >= ?2 order by revision", current.id, before)
                .firstResult();
        if (next == null) {
            return current;
        }
        Monument then = new Monument();
        then.id = current.id;
        then.siteId = next.siteId;
        then.name = next.name;
        then.category = next.category;
        then.period = next.period;
        then.latitude = next.latitude;
        then.longitude = next.longitude;
        then.locationCertainty = next.locationCertainty;
        then.locationBasis = next.locationBasis;
        then.wikidata = next.wikidata;
        then.pleiades = next.pleiades;
        then.description = next.description;
        then.names = new java.util.ArrayList<>(namesOf(next.names));
        then.retired = current.retired;
        then.currentCondition = current.currentCondition;
        then.currentReportId = current.currentReportId;
        then.latestClaimReportId = current.latestClaimReportId;
        then.conditionContested = current.conditionContested;
        then.version = current.version;
        then.createdAt = current.createdAt;
        then.createdBy = current.createdBy;
        return then;
    }

    private static NewMonument merge(Monument m, MergePatch.Fields patch) {
        GeoPoint location = patch.has("location") ? (GeoPoint) patch.get("location") : GeoPoint.of(m.latitude, m.longitude);
        // the certainty and basis describe the point: removing the point removes the ones it had,
        // while a patch that sets either without a point is refused (requireLocationFor)
        Certainty certainty = patch.has("locationCertainty") ? (Certainty) patch.get("locationCertainty") : location == null ? null : m.locationCertainty;
        String basis = patch.has("locationBasis") ? (String) patch.get("locationBasis") : location == null ? null : m.locationBasis;
        @SuppressWarnings("unchecked")
        List<LocalizedName> names = patch.has("names") ? (List<LocalizedName>) patch.get("names") : m.names;
        return new NewMonument(m.id,
                patch.has("siteId") ? (String) patch.get("siteId") : m.siteId,
                patch.has("name") ? (String) patch.get("name") : m.name,
                patch.has("category") ? (MonumentCategory) patch.get("category") : m.category,
                patch.has("period") ? (String) patch.get("period") : m.period,
                location,
                certainty,
                basis,
                patch.has("wikidata") ? (String) patch.get("wikidata") : m.wikidata,
                patch.has("pleiades") ? (String) patch.get("pleiades") : m.pleiades,
                patch.has("description") ? (String) patch.get("description") : m.description,
                names);
    }

    /** Each field whose value moves, with from and to, in the order of {@link MonumentPatch#EDITABLE}. */
    private static RecordChanges changes(Monument m, NewMonument merged) {
        return new RecordChanges()
                .compare("name", m.name, merged.name().strip())
                .compare("names", RecordChanges.namesAsMaps(m.names), RecordChanges.namesAsMaps(merged.names()))
                .compare("category", m.category, merged.category())
                .compare("period", m.period, merged.period())
                .compare("location", RecordChanges.locationAsMap(GeoPoint.of(m.latitude, m.longitude)), RecordChanges.locationAsMap(merged.location()))
                .compare("locationCertainty", m.locationCertainty, merged.locationCertainty())
                .compare("locationBasis", m.locationBasis, merged.locationBasis())
                .compare("wikidata", m.wikidata, merged.wikidata())
                .compare("pleiades", m.pleiades, merged.pleiades())
                .compare("description", m.description, merged.description())
                .compare("siteId", m.siteId, merged.siteId());
    }

    /** A location's certainty and basis say how sure a point is: without a point they mean nothing, and are refused rather than dropped. */
    private static void requireLocationFor(NewMonument record) {
        if (record.location() == null) {
            if (record.locationCertainty() != null) {
                throw ProblemException.invalidField("locationCertainty", "describes the location: give a location with it");
            }
            if (record.locationBasis() != null) {
                throw ProblemException.invalidField("locationBasis", "describes the location: give a location with it");
            }
        }
    }

    private MonumentRevision snapshot(Monument m) {
        MonumentRevision r = new MonumentRevision();
        r.id = UUID.randomUUID();
        r.monumentId = m.id;
        r.siteId = m.siteId;
        r.name = m.name;
        r.category = m.category;
        r.period = m.period;
        r.latitude = m.latitude;
        r.longitude = m.longitude;
        r.locationCertainty = m.locationCertainty;
        r.locationBasis = m.locationBasis;
        r.wikidata = m.wikidata;
        r.pleiades = m.pleiades;
        r.description = m.description;
        r.names = toJson(RecordChanges.namesAsMaps(m.names));
        return r;
    }

    private List<LocalizedName> namesOf(String stored) {
        return RecordChanges.namesOf(stored, json);
    }

    private String toJson(Object value) {
        return RecordChanges.toJson(value, json);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
