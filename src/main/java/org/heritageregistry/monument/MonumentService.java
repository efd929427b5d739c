package org.heritageregistry.monument;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.site.Site;

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

    MonumentService(AuditLog audit, ChangeFeed feed, MonumentVersions versions, MonumentChangeSignal changes, Idempotency idempotency) {
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

    private Monument create(NewMonument request, String by) {
        if (Site.findById(request.siteId()) == null) {
            throw ProblemException.unknownReference("siteId", "Site", request.siteId());
        }
        if (Monument.findById(request.id()) != null) {
            throw ProblemException.conflict("/problems/duplicate-id", "A monument with id '" + request.id() + "' already exists");
        }
        Monument monument = new Monument();
        monument.id = request.id();
        monument.siteId = request.siteId();
        monument.name = request.name().strip();
        monument.category = request.category();
        monument.period = request.period();
        if (request.location() != null) {
            monument.latitude = request.location().latitude();
            monument.longitude = request.location().longitude();
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

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
