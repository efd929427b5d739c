package org.heritageregistry.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.QueryParams;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.report.ClaimsChanged;
import org.heritageregistry.report.DamageReport;
import org.heritageregistry.report.ReportService;
import org.hibernate.Session;

import io.quarkus.panache.common.Parameters;

/**
 * Keeps the conflict table in step with a subject's reports, one conflict per disagreement, and
 * records reviewers' settlements. A conflict keeps its id while its claims (lineages) stay linked:
 * a new report joins it, a correction keeps its place, two conflicts that a new report links become one.
 */
@ApplicationScoped
public class ConflictService {

    private final ReportService reports;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Idempotency idempotency;
    private final Event<ClaimsChanged> claimsChanged;

    ConflictService(ReportService reports, AuditLog audit, ChangeFeed feed, Idempotency idempotency, Event<ClaimsChanged> claimsChanged) {
        this.reports = reports;
        this.audit = audit;
        this.feed = feed;
        this.idempotency = idempotency;
        this.claimsChanged = claimsChanged;
    }

    /**
     * Re-derives the conflicts of one subject (a monument, or with {@code monumentId} null the
     * claims about a whole site) from its current report revisions. The caller holds the subject's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Conflict> refresh(String siteId, String monumentId, List<DamageReport> current, Instant now) {
        List<Conflict> existing = monumentId != null ? Conflict.list("monumentId", monumentId)
                : Conflict.list("siteId = ?1 and monumentId is null", siteId);
        return apply(siteId, monumentId, ConflictGroups.of(current), existing, existing, now);
    }

    /**
     * The conflicts as {@link #refresh} derives them, reading only the reports a write can have
     * changed the disagreements of; the caller holds the subject's lock. {@code touched}: the reports
     * the write changed (new, superseded, decided); {@code windows}: whether their event windows
     * appeared or went away (a submission or a correction), or only their statuses changed (a decision).
     * <p>
     * Why it gives what {@link #refresh} gives. The stored conflicts are the connected groups of
     * disagreeing current reports, so two reports that disagree are always in a conflict together
     * (per kind). A write adds disagreements only between its current touched reports and the
     * neighbours that can disagree with them: the claims whose windows come within the widest
     * rule's distance of theirs, less those the rules clear beforehand (read with
     * {@link DamageReport#currentNear} and {@link NeighbourWindows#narrowing}). It removes only
     * disagreements of its superseded reports, and those lie in the stored conflicts holding their
     * claims. Every other disagreement already lies inside a stored conflict. So the groups the
     * write can change are made of the touched reports, the neighbours and the members of the
     * stored conflicts that hold any of their claims: these are read and compared (the pairs of
     * which one is touched or a conflict member). The groups kept are whole: those holding a
     * touched report or a neighbour (a neighbour that disagrees with an untouched claim is a member
     * of the stored conflict that holds them both), and those sharing a claim with a stored
     * conflict of their kind (a member's disagreements of that kind lie in its conflict or with a
     * touched report). A group of another kind, made of members only, may lack claims not read
     * here, and is left alone: the write did not change it. Conflicts are
     * matched to groups as {@link #refresh} matches them, among every stored conflict sharing a
     * claim with a group; those that held a touched report or neighbour and carry on no group are
     * resolved. Returns the conflicts it kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Conflict> refreshAround(String siteId, String monumentId, List<DamageReport> touched, boolean windows, Instant now) {
        Map<UUID, DamageReport> near = new LinkedHashMap<>();
        if (windows) {
            // a superseded revision's disagreements are all in the stored conflicts that hold its claim, read below
            for (NeighbourWindows window : NeighbourWindows.of(touched.stream().filter(r -> r.supersededById == null && ConflictDetector.compared(r))
                    .collect(Collectors.toList()), ConflictDetector.WIDEST_RULE_DAYS)) {
                DamageReport.currentNear(monumentId, siteId, window.kind(), window.earliest(), window.latest(), ConflictDetector.WIDEST_RULE_DAYS,
                        window.narrowing()).forEach(r -> near.put(r.id, r));
            }
        }
        for (DamageReport report : touched) {
            if (report.supersededById == null) {
                near.put(report.id, report);
            }
        }
        Set<UUID> lineages = new HashSet<>();
        near.values().forEach(r -> lineages.add(r.lineageId));
        touched.forEach(r -> lineages.add(r.lineageId));
        List<Conflict> holding = conflictsOf(siteId, monumentId, lineages);
        Set<UUID> memberLineages = new HashSet<>();
        holding.forEach(c -> memberLineages.addAll(c.lineages()));
        memberLineages.removeAll(lineages);
        Map<UUID, DamageReport> read = new LinkedHashMap<>(near);
        Set<UUID> members = new HashSet<>();
        holding.forEach(c -> c.lineages().forEach(members::add));
        DamageReport.currentOfLineages(memberLineages).forEach(r -> read.putIfAbsent(r.id, r));
        Set<UUID> touchedIds = new HashSet<>();
        touched.forEach(r -> touchedIds.add(r.id));
        List<ConflictGroups.Group> groups = ConflictGroups.of(new ArrayList<>(read.values()), r -> touchedIds.contains(r.id) || members.contains(r.lineageId))
                .stream().filter(g -> g.reports().stream().anyMatch(r -> near.containsKey(r.id)) || heldAlike(g, holding)).toList();
        Set<UUID> grouped = new HashSet<>();
        groups.forEach(g -> g.reports().forEach(r -> grouped.add(r.lineageId)));
        grouped.removeAll(lineages);
        Map<UUID, Conflict> candidates = new LinkedHashMap<>();
        holding.forEach(c -> candidates.put(c.id, c));
        conflictsOf(siteId, monumentId, grouped).forEach(c -> candidates.putIfAbsent(c.id, c));
        return apply(siteId, monumentId, groups, new ArrayList<>(candidates.values()), holding, now);
    }

    /** Whether a stored conflict of the group's kind holds one of its claims. */
    private static boolean heldAlike(ConflictGroups.Group group, List<Conflict> conflicts) {
        Set<UUID> lineages = new HashSet<>();
        group.reports().forEach(r -> lineages.add(r.lineageId));
        return conflicts.stream().anyMatch(c -> c.kind == group.kind() && intersects(c.lineages(), lineages));
    }

    /**
     * The stored conflicts of a subject that hold any of these claims (lineages), with their
     * members. One shape for a write of one claim and for an import's batch of thousands: the ids
     * by a join of the members' lineage index, then the conflicts by id, their members in a batch.
     * The ids are read with SQL: Hibernate keeps no translated plan for a query with a list
     * parameter, and translating this one again on every write took a tenth of its CPU. (In one
     * query, as "c.id in (subquery)", H2 ran the subquery once per row of the outer join: seconds
     * for an import's batch.) The read flushes what the session holds of conflicts first, as a
     * query of the entity would.
     */
    private static List<Conflict> conflictsOf(String siteId, String monumentId, Set<UUID> lineages) {
        if (lineages.isEmpty()) {
            return List.of();
        }
        String subject = monumentId != null ? "c.monument_id = :subject" : "c.site_id = :subject and c.monument_id is null";
        Session session = Conflict.getSession();
        List<UUID> ids = session.createNativeQuery("select distinct c.id from conflict c join conflict_report m on m.conflict_id = c.id where " + subject
                + " and m.lineage_id in (:lineages)", UUID.class).addSynchronizedEntityClass(Conflict.class)
                .setParameter("subject", monumentId != null ? monumentId : siteId).setParameterList("lineages", lineages).getResultList();
        return ids.isEmpty() ? List.of() : session.byMultipleIds(Conflict.class).multiLoad(ids).stream().filter(Objects::nonNull).toList();
    }

    /**
     * Stores the groups as conflicts: the oldest stored conflict of the group's kind that shares a
     * claim with it carries on (among {@code existing}), or a new one is opened; those of
     * {@code closable} that carry on no group are resolved.
     */
    private List<Conflict> apply(String siteId, String monumentId, List<ConflictGroups.Group> groups, List<Conflict> existingConflicts,
            List<Conflict> closable, Instant now) {
        List<Conflict> existing = new ArrayList<>(existingConflicts);
        existing.sort(Comparator.comparing((Conflict c) -> c.detectedAt).thenComparing(c -> c.id));
        Set<UUID> kept = new HashSet<>();
        List<Conflict> live = new ArrayList<>();
        for (ConflictGroups.Group group : groups) {
            Set<UUID> lineages = new HashSet<>();
            group.reports().forEach(r -> lineages.add(r.lineageId));
            // the oldest conflict of this kind sharing a claim carries on; an open one before a closed one
            Conflict conflict = existing.stream().filter(c -> c.kind == group.kind() && !kept.contains(c.id) && intersects(c.lineages(), lineages))
                    .min(Comparator.comparing((Conflict c) -> c.state == ConflictState.RESOLVED)).orElse(null);
            if (conflict == null) {
                conflict = new Conflict();
                conflict.id = UUID.randomUUID();
                conflict.siteId = siteId;
                conflict.monumentId = monumentId;
                conflict.kind = group.kind();
                conflict.state = ConflictState.OPEN;
                conflict.detectedAt = now;
                conflict.description = group.description();
                conflict.persist();
            }
            kept.add(conflict.id);
            boolean joined = !conflict.lineages().containsAll(lineages);
            Set<ConflictMember> members = new HashSet<>();
            group.reports().forEach(r -> members.add(new ConflictMember(r.lineageId, r.id)));
            if (!conflict.members.equals(members)) {
                // row by row: a report joining a conflict of a thousand writes one row, not a thousand and one
                conflict.members.retainAll(members);
                conflict.members.addAll(members);
            }
            conflict.description = group.description();
            if (!group.standing()) {
                close(conflict, ConflictState.RESOLVED, now);
            } else if (conflict.state == ConflictState.RESOLVED || (conflict.state == ConflictState.SETTLED && joined)) {
                // a claim the settlement did not weigh reopens it; the settlement stays in the audit trail
                conflict.state = ConflictState.OPEN;
                conflict.closedAt = null;
                conflict.settledBy = null;
                conflict.settledAt = null;
                conflict.rationale = null;
            }
            live.add(conflict);
        }
        // no longer a disagreement (a correction removed it), or merged into an older conflict
        closable.stream().filter(c -> !kept.contains(c.id)).forEach(c -> close(c, ConflictState.RESOLVED, now));
        return live;
    }

    /** The claims (lineages) of each of a monument's settled condition conflicts: the disagreements a reviewer let stand. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Set<UUID>> settledConditionDisagreements(String monumentId) {
        return settledConditionDisagreements(monumentId, null);
    }

    /** As {@link #settledConditionDisagreements(String)}, counting only settlements made before an instant (null: all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Set<UUID>> settledConditionDisagreements(String monumentId, Instant before) {
        return Conflict.<Conflict>list("monumentId = ?1 and kind = ?2 and state = ?3", monumentId, ConflictKind.CONDITION, ConflictState.SETTLED)
                .stream().filter(c -> before == null || c.settledAt.isBefore(before)).map(Conflict::lineages).toList();
    }

    /** The claims (lineages) of each settled condition conflict that holds this claim: what may not contest it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Set<UUID>> settledConditionDisagreementsWith(String monumentId, UUID lineage) {
        return conflictsOf(null, monumentId, Set.of(lineage)).stream().filter(c -> c.kind == ConflictKind.CONDITION && c.state == ConflictState.SETTLED)
                .map(Conflict::lineages).toList();
    }

    /**
     * The same, from the conflicts {@link #refresh} just derived (a settled conflict that no longer
     * holds a disagreement is resolved, so these are all): no query on a write's path.
     */
    public static List<Set<UUID>> settledConditionDisagreements(List<Conflict> live) {
        return live.stream().filter(c -> c.kind == ConflictKind.CONDITION && c.state == ConflictState.SETTLED).map(Conflict::lineages).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Conflict require(String id) {
        Conflict conflict = Conflict.findById(idOf(id));
        if (conflict == null) {
            throw ProblemException.notFound("Conflict", id);
        }
        return conflict;
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(Objects.requireNonNull(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("Conflict", id);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conflict> list(ConflictFilter filter, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.monumentId() != null) {
            where.append(" and monumentId = :monument");
            params.and("monument", filter.monumentId());
        }
        if (filter.siteId() != null) {
            where.append(" and siteId = :site");
            params.and("site", filter.siteId());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" and state = :state");
            params.and("state", filter.state());
        }
        if (filter.resolved() != null) {
            where.append(filter.resolved() ? " and state <> :open" : " and state = :open");
            params.and("open", ConflictState.OPEN);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", QueryParams.uuid(after.get(0), "cursor"));
        }
        return Conflict.<Conflict>find(where + " order by id", params).range(0, page.limit()).list();
    }

    /**
     * The settleConflict use case (reviewers), for the API and the pages alike: once per
     * Idempotency-Key, with the version the reviewer read (If-Match), the four-eyes rule, the audit
     * line and the feed. The monument's condition is derived again: a settled disagreement no
     * longer makes it contested. Returns the conflict's id.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome settle(String conflictId, NewSettlement request, String reviewer, String ifMatch, String idempotencyKey) {
        // counted, not loaded: the caller reads the conflict after the write, and must not get a copy from before it
        UUID id = idOf(conflictId);
        if (Conflict.count("id", id) == 0) {
            throw ProblemException.notFound("Conflict", conflictId);
        }
        Preconditions.requirePresent(ifMatch, "A settlement");
        return idempotency.execute(idempotencyKey, reviewer, "settleConflict:" + id, request,
                () -> settle(id, request.rationale().strip(), reviewer, ifMatch, Instant.now()).id.toString());
    }

    /** Also used by the seed loader, with its fixed dates: the same rules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Conflict settle(UUID conflictId, String rationale, String reviewer, String ifMatch, Instant at) {
        Conflict conflict = Conflict.findById(conflictId);
        DamageReport anyReport = DamageReport.findById(conflict.members.iterator().next().reportId);
        ClaimsChanged derivation = reports.lockClaimsOf(anyReport, at);
        Conflict.getEntityManager().refresh(conflict); // read it again now that writes on its subject wait for us
        if (ifMatch != null) {
            Preconditions.requireMatch(ifMatch, representationVersion(conflict), "The conflict");
        }
        if (conflict.state != ConflictState.OPEN) {
            throw ProblemException.conflict("/problems/conflict-not-open", "This conflict is " + conflict.state
                    + (conflict.state == ConflictState.SETTLED ? " already (by " + conflict.settledBy + ")" : ": its reports no longer disagree")
                    + "; only an open conflict can be settled");
        }
        if (DamageReport.anyRevisionSubmittedBy(conflict.lineages(), reviewer)) {
            throw ProblemException.forbidden("/problems/four-eyes", "Four-eyes rule",
                    "You submitted a revision of one of this conflict's reports; another reviewer must settle it");
        }
        conflict.state = ConflictState.SETTLED;
        conflict.settledBy = reviewer;
        conflict.settledAt = at;
        conflict.closedAt = at;
        conflict.rationale = rationale;
        try {
            Conflict.flush();
        } catch (OptimisticLockException e) {
            throw Preconditions.stale("The conflict");
        }
        claimsChanged.fire(derivation.about(ClaimsChanged.Scope.CONDITION)); // no claim changed: only the condition may
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("state", Map.of("from", ConflictState.OPEN, "to", ConflictState.SETTLED));
        changes.put("kind", conflict.kind);
        changes.put("reports", conflict.reportIds().stream().sorted().toList());
        changes.put("rationale", rationale);
        audit.record(reviewer, "CONFLICT_SETTLED", "conflict", conflict.id, changes, at);
        feed.append(ChangeDraft.conflictSettled(conflict.id, conflict.monumentId, conflict.siteId, rationale, at), derivation.conditionChange());
        return conflict;
    }

    /**
     * The version of a conflict as a reader sees it: its own row's, plus its reports' (a decision on
     * one of them changes the representation, not the conflict's row). Every part only grows, so
     * the sum moves whenever any of them does.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long representationVersion(Conflict conflict) {
        Long reports = DamageReport.getEntityManager().createQuery("select coalesce(sum(r.version), 0) from DamageReport r where r.id in :ids", Long.class)
                .setParameter("ids", conflict.reportIds()).getSingleResult();
        return conflict.version + reports;
    }

    private static void close(Conflict conflict, ConflictState state, Instant now) {
        if (conflict.state != state) {
            conflict.state = state;
            conflict.closedAt = now;
        }
    }

    private static boolean intersects(Set<UUID> a, Set<UUID> b) {
        return a.stream().anyMatch(b::contains);
    }
}
