package org.heritageregistry.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.heritageregistry.account.AccountDirectory;
import org.heritageregistry.account.Roles;
import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JdbcBatch;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.WriteSteps;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.site.Site;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.source.Source;
import org.heritageregistry.vocabulary.EdtfDate;
import org.heritageregistry.vocabulary.IncidentKind;
import org.heritageregistry.vocabulary.RevisionKind;
import org.heritageregistry.vocabulary.VerificationStatus;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;

/** Records damage reports and finds them. A recorded claim is never edited. */
@ApplicationScoped
@Transactional
public class ReportService {

    private final MonumentService monuments;
    private final SiteService sites;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Idempotency idempotency;
    private final Event<ClaimsChanged> claimsChanged;
    private final WriteSteps steps;

    /** Whether ?q= runs PostgreSQL's full-text search (with its GIN index) or H2's folded LIKE. */
    private final boolean fullText;

    ReportService(MonumentService monuments, SiteService sites, AccountDirectory accounts, AuditLog audit, ChangeFeed feed, Idempotency idempotency, Event<ClaimsChanged> claimsChanged, WriteSteps steps,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.fullText = databaseKind.startsWith("postgres");
        this.monuments = monuments;
        this.sites = sites;
        this.accounts = accounts;
        this.audit = audit;
        this.feed = feed;
        this.idempotency = idempotency;
        this.claimsChanged = claimsChanged;
        this.steps = steps;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DamageReport> find(UUID id) {
        return DamageReport.findByIdOptional(id);
    }

    /** The report a path or query names, or a 404: an id that is not a UUID names no report either. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DamageReport require(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(Objects.requireNonNull(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound("Report", id);
        }
        return find(uuid).orElseThrow(() -> ProblemException.notFound("Report", id));
    }

    /**
     * Newest first, keyset on (submittedAt, id); each filter has an index ending in those columns.
     * Keeping only current revisions needs no index of its own: superseded revisions are few, and
     * are dropped from the rows read through whichever index the other filters use.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DamageReport> list(ReportFilter filter, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 2);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.monumentId() != null) {
            where.append(" and r.monumentId = :monument");
            params.and("monument", filter.monumentId());
        }
        if (filter.siteId() != null) {
            where.append(" and r.siteId = :site");
            params.and("site", filter.siteId());
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.and("status", filter.status());
        }
        if (filter.sourceId() != null) {
            where.append(" and (r.sourceId = :source or r.relayedById = :source)");
            params.and("source", filter.sourceId());
        }
        if (filter.incidentKind() != null) {
            where.append(" and r.incidentKind = :kind");
            params.and("kind", filter.incidentKind());
        }
        if (filter.condition() != null) {
            // the other kinds hold UNKNOWN for the condition they do not claim
            where.append(" and r.incidentKind = :conditionKind and r.condition = :condition");
            params.and("conditionKind", IncidentKind.CONDITION);
            params.and("condition", filter.condition());
        }
        if (filter.eventFrom() != null) {
            where.append(" and (r.eventDate.latest is null or r.eventDate.latest >= :from)");
            params.and("from", filter.eventFrom());
        }
        if (filter.eventTo() != null) {
            where.append(" and (r.eventDate.earliest is null or r.eventDate.earliest <= :to)");
            params.and("to", filter.eventTo());
        }
        if (filter.text() != null) {
            matchText(filter.text(), where, params);
        }
        if (filter.currentOnly()) {
            // Not "superseded_by_id is null" alone: H2 plans by distinct values, not nulls, and would read
            // every current report through the foreign key's index on superseded_by_id, then sort them,
            // instead of the filter's keyset index (see DamageReport.currentOf). A revision never
            // supersedes itself, so the second half is never true; it only keeps H2 from taking that
            // index, and PostgreSQL (no index on the column, null fraction known) estimates it right.
            where.append(" and (r.supersededById is null or r.supersededById = r.id)");
        }
        if (after != null) {
            Instant at;
            UUID id;
            try {
                at = Instant.parse(after.get(0));
                id = UUID.fromString(after.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
            }
            // "submittedAt <= :at" adds nothing to the result but is what lets an index on (..., submitted_at, id)
            // seek to the cursor: with the "or" alone PostgreSQL reads every newer row first, like an offset
            where.append(" and r.submittedAt <= :at and (r.submittedAt < :at or (r.submittedAt = :at and r.id < :id))");
            params.and("at", at).and("id", id);
        }
        return DamageReport.<DamageReport>find("from DamageReport r where " + where + " order by " + newestFirst(filter), params)
                .range(0, page.limit()).list();
    }

    /**
     * The list's order, led by the one filtered column whose index (column, submitted_at, id) the
     * page is read from. That column holds one value in every row the filter keeps, so leading with
     * it changes no result; but H2 reads an index backwards only for an ORDER BY that names the
     * index's columns from its first, all in one direction: with "order by submitted_at desc, id desc"
     * alone it read every VERIFIED entry of (status, submitted_at, id) and sorted them (2.3-5.8 s at
     * a million reports). PostgreSQL drops an order column that the filter fixes, and plans as before.
     */
    private static String newestFirst(ReportFilter filter) {
        String leading = filter.monumentId() != null ? "r.monumentId desc, "
                : filter.siteId() != null ? "r.siteId desc, "
                : filter.condition() != null ? "r.condition desc, "
                : filter.status() != null ? "r.status desc, "
                : filter.incidentKind() != null ? "r.incidentKind desc, "
                : "";
        return leading + "r.submittedAt desc, r.id desc";
    }

    /**
     * The words of ?q= in the report's own text: its summary and the source's wording of the
     * condition and of its certainty. On PostgreSQL, full-text search with the expression that
     * db/postgresql/V27's GIN index holds, written alike so that the planner uses the index
     * ('simple': no stemming, no stop words, as the texts mix languages); q is a web-search query.
     * On H2, each word in a LIKE over the lower-cased text: a scan of the rows the other filters
     * leave, acceptable at the embedded database's sizes.
     */
    private void matchText(String text, StringBuilder where, Parameters params) {
        if (fullText) {
            // sql() has no type of its own: the cast makes it a predicate, which PostgreSQL drops again (boolean to boolean)
            where.append(" and cast(sql('(to_tsvector(''simple'', coalesce(?, '''') || '' '' || coalesce(?, '''') || '' '' || coalesce(?, '''')) @@ "
                    + "websearch_to_tsquery(''simple'', ?))', r.summary, r.conditionWording, r.certaintyWording, :text) as Boolean) = true");
            params.and("text", text);
            return;
        }
        List<String> words = java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[\\s\"]+")).filter(w -> !w.isBlank()).distinct()
                .limit(10).toList();
        if (words.isEmpty()) {
            throw ProblemException.invalidField("q", "must contain a word");
        }
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(concat(coalesce(r.summary, ''), ' ', coalesce(r.conditionWording, ''), ' ', coalesce(r.certaintyWording, ''))) like :word")
                    .append(i).append(" escape '\\'");
            params.and("word" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    public static String cursorOf(DamageReport report) {
        return Cursor.encode(report.submittedAt.toString(), report.id.toString());
    }

    /**
     * The submitReport use case, for the API and the pages alike: once per Idempotency-Key, in its
     * own transaction, with the audit line, the feed entries and the derivation. Returns the report's id.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome submit(NewReport request, String curator, String idempotencyKey) {
        if (request.revisionKind() != null) {
            throw ProblemException.invalidField("revisionKind", "is only for a correction (POST /api/v1/reports/{id}/revisions)");
        }
        long[] workDone = new long[1];
        Idempotency.Outcome outcome = idempotency.execute(idempotencyKey, curator, "submitReport", request, () -> {
            String id = record(UUID.randomUUID(), request, curator, Instant.now()).id.toString();
            workDone[0] = steps.start();
            return id;
        });
        if (workDone[0] != 0) { // not a replayed answer
            steps.lap(WriteSteps.Step.COMMIT, workDone[0]);
        }
        return outcome;
    }

    /**
     * The amendReport use case: a new revision of the report the path names, once per
     * Idempotency-Key. Only the claim's curator or a reviewer may correct it, and only with the
     * version they read (If-Match). Returns the revision's id.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome amend(String reportId, NewReport request, SecurityIdentity caller, String ifMatch, String idempotencyKey) {
        DamageReport old = require(reportId);
        Preconditions.requirePresent(ifMatch, "A correction");
        String curator = caller.getPrincipal().getName();
        return idempotency.execute(idempotencyKey, curator, "amendReport:" + old.id, request,
                () -> amend(old.id, request, caller, ifMatch).id.toString());
    }

    /**
     * The reassignReport use case (admins): another curator becomes responsible for the claim and
     * may correct it. Recorded on the current revision, whose version (and ETag) moves.
     */
    public void reassign(String reportId, String newOwner, String admin, String ifMatch) {
        Preconditions.requirePresent(ifMatch, "A reassignment");
        DamageReport report = require(reportId);
        // the report's own row is all a reassignment changes: a correction racing it fails on the version (412)
        DamageReport.getEntityManager().refresh(report, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.requireMatch(ifMatch, report.version, "The report");
        if (report.isSuperseded()) {
            throw ProblemException.conflict("/problems/superseded",
                    "This revision was superseded by " + report.supersededById + "; reassign the current revision");
        }
        if (!accounts.isActiveCurator(newOwner)) {
            throw ProblemException.unprocessable("/problems/not-a-curator", "Not a curator",
                    "Account '" + newOwner + "' does not exist, is disabled or lacks the curator role");
        }
        String previous = report.owner();
        report.claimOwner = newOwner;
        DamageReport.getEntityManager().lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        DamageReport.flush();
        audit.record(admin, "REPORT_REASSIGNED", "report", report.id, Map.of("owner", Map.of("from", previous, "to", newOwner)), Instant.now());
    }

    /** Records a first revision; also used by the seed loader with its fixed ids and dates. */
    public DamageReport record(UUID id, NewReport request, String by, Instant at) {
        long step = steps.start();
        Subject subject = requireSubject(request);
        DamageReport report = claim(id, request, subject.siteId(), by, at);
        report.lineageId = id;
        report.revision = 1;
        report.claimOwner = by;
        step = steps.lap(WriteSteps.Step.VALIDATION, step);
        report.persist();
        DamageReport.flush(); // written now (as the derivation's first read would), so that the insert is timed as one
        steps.lap(WriteSteps.Step.INSERT, step);
        var derivation = derive(subject, at, ClaimsChanged.Scope.WINDOWS, report); // times itself: derivation, conflicts
        step = steps.start();
        audit.record(by, "REPORT_SUBMITTED", "report", report.id, facts(report), at);
        DamageReport.flush();
        step = steps.lap(WriteSteps.Step.AUDIT, step);
        feed.append(ChangeDraft.reportSubmitted(report.id, report.monumentId, report.siteId, report.incidentKind, assertedCondition(report), at),
                derivation.conditionChange());
        DamageReport.flush();
        steps.lap(WriteSteps.Step.FEED, step);
        return report;
    }

    /** A claim to record in bulk, under the id it will have. */
    public record Submission(UUID id, NewReport request) {
    }

    /**
     * Records many first revisions in the caller's transaction, as {@link #record} does one: the
     * same checks and the same rows, audit lines and feed entries, but written a table at a time
     * ({@link FirstRevisionRows}, {@link AuditLog#recordAll}, {@link ChangeFeed#appendAll}) and
     * derived once per monument (or site) for all of its new claims together, rather than once per
     * claim. The subjects are locked in the order of their ids, so two bulk loads, or a bulk load
     * and the API's writes, wait for each other rather than deadlock. A claim the registry refuses
     * fails the whole call (a {@link ProblemException}, as {@link #record} throws it). The session
     * is cleared as each subject is derived: the caller reads again any entity it goes on using.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Submission> submissions, String by, Instant at) {
        Map<String, List<Submission>> bySubject = new java.util.TreeMap<>();
        for (Submission submission : submissions) {
            IncidentFacts.check(submission.request());
            String monument = blankToNull(submission.request().monumentId());
            String key = monument != null ? "monument:" + monument : "site:" + blankToNull(submission.request().siteId());
            bySubject.computeIfAbsent(key, k -> new ArrayList<>()).add(submission);
        }
        List<DamageReport> all = new ArrayList<>();
        for (Map.Entry<String, List<Submission>> group : bySubject.entrySet()) {
            Subject subject = requireSubject(group.getValue().get(0).request());
            for (Submission submission : group.getValue()) {
                DamageReport report = claim(submission.id(), submission.request(), subject.siteId(), by, at);
                report.lineageId = report.id;
                report.revision = 1;
                report.claimOwner = by;
                all.add(report);
            }
        }
        var entities = DamageReport.getEntityManager();
        JdbcBatch.afterOneFlush(entities, () -> {
            FirstRevisionRows.insert(entities, all);
            audit.recordAll(all.stream().map(r -> new AuditLog.Line(by, "REPORT_SUBMITTED", "report", r.id, facts(r), at)).toList());
        });
        List<ChangeDraft> drafts = new ArrayList<>();
        int from = 0;
        for (Map.Entry<String, List<Submission>> group : bySubject.entrySet()) {
            List<DamageReport> mine = all.subList(from, from + group.getValue().size());
            from += mine.size();
            mine.forEach(r -> drafts.add(ChangeDraft.reportSubmitted(r.id, r.monumentId, r.siteId, r.incidentKind, assertedCondition(r), at)));
            // each subject is derived in an empty session: every query flushes first, and Hibernate's
            // flush checks every entity the session holds, so the subjects derived before would make
            // each later one slower (the rows stay locked: the locks are the transaction's)
            entities.flush();
            entities.clear();
            // the subject again, read after the clear: its reports name it (their site is the subject's)
            DamageReport first = mine.get(0);
            Subject fresh = new Subject(first.monumentId == null ? null : Monument.findById(first.monumentId), first.siteId);
            // the derivation reads the claims through Hibernate: the new ones, as the entities it keeps
            DamageReport[] touched = DamageReport.<DamageReport>list("id in ?1", mine.stream().map(r -> r.id).toList()).toArray(DamageReport[]::new);
            derive(fresh, at, ClaimsChanged.Scope.WINDOWS, touched).conditionChange().ifPresent(drafts::add);
        }
        feed.appendAll(drafts);
    }

    /** What the audit line keeps of a first revision: its subject, its kind and what it claims. */
    private static Map<String, Object> facts(DamageReport report) {
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        if (report.monumentId != null) {
            facts.put("monumentId", report.monumentId);
        }
        facts.put("siteId", report.siteId);
        facts.put("incidentKind", report.incidentKind);
        if (report.incidentKind == IncidentKind.CONDITION) {
            facts.put("condition", report.condition);
        }
        if (report.incidentCount() != null) {
            facts.put("count", report.incidentCount().phrase());
        }
        if (report.siteControl() != null) {
            facts.put("control", report.siteControl().phrase());
        }
        facts.put("eventDate", report.eventDate.edtf);
        return facts;
    }

    /** The condition a report asserts, for the feed: none unless it is a CONDITION report. */
    private static org.heritageregistry.vocabulary.Condition assertedCondition(DamageReport report) {
        return report.incidentKind == IncidentKind.CONDITION ? report.condition : null;
    }

    /**
     * Corrects a report: the claim as corrected becomes a new revision that supersedes the old
     * one, which stays readable with its decisions. Only the current revision can be corrected.
     * An editorial revision keeps the old one's status (its decisions carry over); a substantive
     * one starts UNVERIFIED.
     */
    private DamageReport amend(UUID reportId, NewReport request, SecurityIdentity caller, String ifMatch) {
        DamageReport old = DamageReport.findById(reportId);
        if (old == null) {
            throw ProblemException.notFound("Report", reportId);
        }
        String curator = caller.getPrincipal().getName();
        if (!curator.equals(old.owner()) && !caller.hasRole(Roles.REVIEWER)) {
            throw ProblemException.forbidden("/problems/not-claim-owner", "Not your claim",
                    "Only " + old.owner() + ", the curator responsible for this claim, or a reviewer may correct it; an admin can reassign it");
        }
        if (!Objects.equals(old.monumentId, blankToNull(request.monumentId()))
                || (old.monumentId == null && !Objects.equals(old.siteId, blankToNull(request.siteId())))) {
            String field = !Objects.equals(old.monumentId, blankToNull(request.monumentId())) ? "monumentId" : "siteId";
            throw ProblemException.invalidField(field, "a correction stays on the same " + (old.monumentId != null ? "monument" : "site")
                    + " (" + old.subjectId() + "); submit a new report for another");
        }
        Subject subject = requireSubject(request);
        DamageReport.getEntityManager().refresh(old); // read it again now that writes on its monument wait for us
        Preconditions.requireMatch(ifMatch, old.version, "The report");
        if (old.isSuperseded()) {
            throw ProblemException.conflict("/problems/superseded",
                    "This revision was superseded by " + old.supersededById + "; correct the current revision");
        }
        RevisionClassifier.Changes changes = RevisionClassifier.compare(old, request);
        RevisionKind kind = changes.kind();
        if (request.revisionKind() == RevisionKind.EDITORIAL && kind == RevisionKind.SUBSTANTIVE) {
            throw ProblemException.unprocessable("/problems/not-editorial", "Not an editorial correction",
                    "This correction changes " + String.join(", ", changes.substantive()) + ", so it is substantive and starts UNVERIFIED; "
                            + "send it as SUBSTANTIVE (or without revisionKind)");
        }
        if (request.revisionKind() == RevisionKind.SUBSTANTIVE) {
            kind = RevisionKind.SUBSTANTIVE;
        }
        Instant at = Instant.now();
        DamageReport revision = claim(UUID.randomUUID(), request, subject.siteId(), curator, at);
        revision.lineageId = old.lineageId;
        revision.revision = old.revision + 1;
        revision.supersedesId = old.id;
        revision.revisionKind = kind;
        revision.claimOwner = old.owner();
        if (kind == RevisionKind.EDITORIAL) {
            revision.status = old.status;
        }
        revision.persist();
        old.supersededById = revision.id;
        try {
            DamageReport.flush();
        } catch (OptimisticLockException e) {
            throw Preconditions.stale("The report");
        }
        var derivation = derive(subject, at, ClaimsChanged.Scope.WINDOWS, old, revision);
        audit.record(curator, "REPORT_AMENDED", "report", old.id,
                Map.of("supersededBy", revision.id, "revision", revision.revision, "revisionKind", kind, "changed", changes.all(),
                        "status", Map.of("from", old.status, "to", revision.status),
                        "condition", Map.of("from", old.condition, "to", revision.condition),
                        "eventDate", Map.of("from", old.eventDate.edtf, "to", revision.eventDate.edtf)), at);
        feed.append(ChangeDraft.reportAmended(revision.id, revision.monumentId, revision.siteId, revision.incidentKind, assertedCondition(revision),
                revision.revision, old.id, at), derivation.conditionChange());
        return revision;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DamageReport> revisions(UUID lineageId) {
        return DamageReport.list("lineageId = ?1 order by revision", lineageId);
    }

    /** The derivation observes the claims: the condition and the conflicts follow within this transaction. */
    private ClaimsChanged derive(Subject subject, Instant at, ClaimsChanged.Scope scope, DamageReport... touched) {
        ClaimsChanged event = new ClaimsChanged(subject.monument(), subject.siteId(), at).about(scope, touched);
        claimsChanged.fire(event);
        return event;
    }

    /**
     * Locks what an existing report is about (its monument, or its site for a claim about the whole
     * site), as every write on the claims does, and returns the event the write fires once it is done.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimsChanged lockClaimsOf(DamageReport report, Instant at) {
        if (report.monumentId != null) {
            return new ClaimsChanged(monuments.lockForClaims(report.monumentId), report.siteId, at);
        }
        sites.lockForClaims(report.siteId);
        return new ClaimsChanged(null, report.siteId, at);
    }

    /** What a claim is about, locked for the write: a monument (and its site), or a whole site. */
    private record Subject(Monument monument, String siteId) {
    }

    private Subject requireSubject(NewReport request) {
        IncidentFacts.check(request);
        Subject subject;
        if (blankToNull(request.monumentId()) != null) {
            Monument monument = monuments.lockForClaims(request.monumentId());
            if (monument == null) {
                throw ProblemException.unknownReference("monumentId", "Monument", request.monumentId());
            }
            if (monument.retired) {
                throw ProblemException.invalidField("monumentId", "the monument is retired and takes no new reports");
            }
            subject = new Subject(monument, monument.siteId);
        } else {
            Site site = sites.lockForClaims(request.siteId());
            if (site == null) {
                throw ProblemException.unknownReference("siteId", "Site", request.siteId());
            }
            if (site.retired) {
                throw ProblemException.invalidField("siteId", "the site is retired and takes no new reports");
            }
            subject = new Subject(null, site.id);
        }
        requireSource(request.sourceId(), "sourceId");
        if (request.relayedById() != null) {
            requireSource(request.relayedById(), "relayedById");
        }
        return subject;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A new, unsaved revision holding the claim as the request states it, UNVERIFIED. */
    static DamageReport claim(UUID id, NewReport request, String siteId, String by, Instant at) {
        DamageReport report = new DamageReport();
        report.id = id;
        report.monumentId = blankToNull(request.monumentId());
        report.siteId = siteId;
        report.incidentKind = IncidentFacts.kindOf(request);
        // the column is not null: the kinds that claim no condition hold UNKNOWN, which no rule reads
        report.condition = request.condition() != null ? request.condition() : org.heritageregistry.vocabulary.Condition.UNKNOWN;
        report.conditionWording = request.conditionWording();
        report.extent = request.extent();
        if (request.count() != null) {
            report.countValue = request.count().value();
            report.countQualifier = request.count().qualifier();
            report.countOf = blankToNull(request.count().of());
        }
        if (request.control() != null) {
            report.controlledBy = request.control().by().strip();
            report.controlExtent = request.control().extent();
        }
        report.affected = blankToNull(request.affected());
        report.causes.addAll(request.causes());
        report.eventDate = EdtfDate.of(request.eventDate());
        report.publishedOn = EdtfDate.of(request.publishedOn());
        report.certainty = request.certainty();
        report.certaintyWording = request.certaintyWording();
        report.sourceId = request.sourceId();
        report.relayedById = request.relayedById();
        report.summary = request.summary();
        if (request.evidence() != null) {
            request.evidence().forEach(e -> report.evidence.add(e.toItem()));
        }
        report.status = VerificationStatus.UNVERIFIED;
        report.submittedBy = by;
        report.submittedAt = at;
        return report;
    }

    private static void requireSource(UUID id, String field) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.unknownReference(field, "Source", id);
        }
        if (source.mergedInto != null) {
            // a merged duplicate is cited by nothing (SourceCitations): a new claim cites its survivor
            throw ProblemException.invalidField(field, "the source was merged into " + source.mergedInto + "; cite that source");
        }
    }
}
