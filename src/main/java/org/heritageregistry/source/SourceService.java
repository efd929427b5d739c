package org.heritageregistry.source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.MergePatch;
import org.heritageregistry.common.RecordChanges;
import org.heritageregistry.common.Preconditions;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.feed.ChangeDraft;
import org.heritageregistry.feed.ChangeFeed;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.vocabulary.SourceKind;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;

/** Registers, finds, corrects and merges sources. */
@ApplicationScoped
@Transactional
public class SourceService {

    private final AuditLog audit;
    private final Idempotency idempotency;
    private final ChangeFeed feed;
    private final Validator validator;
    private final ObjectMapper json;
    private final Event<SourceChanged> sourceChanged;

    SourceService(AuditLog audit, Idempotency idempotency, ChangeFeed feed, Validator validator, ObjectMapper json, Event<SourceChanged> sourceChanged) {
        this.audit = audit;
        this.idempotency = idempotency;
        this.feed = feed;
        this.validator = validator;
        this.json = json;
        this.sourceChanged = sourceChanged;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Source> find(UUID id) {
        return Optional.ofNullable(Source.findById(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Source> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // findMultiple, not "id in ?1": Hibernate translates a query with an IN list again for each
        // list length, which profiling of the report list found costing more than the query itself;
        // findMultiple uses one loader (an array parameter on PostgreSQL) and the session's cache
        return Source.getSession().findMultiple(Source.class, List.copyOf(ids)).stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    /** The sources a curator picks from on the submission page, by name; at most {@code max}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> choices(int max) {
        return Source.<Source>find("mergedInto is null order by name, id").range(0, max - 1).list();
    }

    /** Sources ordered by id (random, so the order reveals nothing about confidential names). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> list(SourceKind kind, String text, boolean revealConfidential, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        // a merged duplicate is only a redirect to its survivor, which bears its names as aliases
        StringBuilder where = new StringBuilder("mergedInto is null");
        Parameters params = new Parameters();
        if (text != null) {
            String key = SourceNames.fold(text);
            if (key.isEmpty()) {
                throw ProblemException.invalidField("q", "must contain a letter or a digit");
            }
            // a confidential source's name is never matched for a reader who may not see it: the
            // search would otherwise reveal who is behind an anonymised claim
            // folded keys hold only letters and digits, so nothing in them is a LIKE wildcard
            where.append(" and searchKey like :key");
            params.and("key", "%" + key + "%");
            if (!revealConfidential) {
                where.append(" and confidential = false");
            }
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (after != null) {
            where.append(" and id > :after");
            params.and("after", parseUuid(after.get(0)));
        }
        // range is inclusive: one row more than the limit tells whether a next page exists
        return Source.<Source>find(where + " order by id", params).range(0, page.limit()).list();
    }

    /**
     * The registerSource use case: once per Idempotency-Key, in its own transaction, audited.
     * Returns the source's id. A name or alias that is already a name or alias of another source
     * (folded, see {@link SourceNames}) is a 409 naming the candidates, unless the client insists.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome register(NewSource request, String by, boolean allowSimilar, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "registerSource", request, () -> {
            if (!allowSimilar) {
                List<Source> same = sameNamed(request);
                if (!same.isEmpty()) {
                    throw similar(same, "cite it, or send allowSimilar=true to register another source of the same name");
                }
            }
            return register(UUID.randomUUID(), request, by, Instant.now()).id.toString();
        });
    }

    /** The sources, merged ones aside, that bear exactly this name or alias once folded ("Maamoun Abdulkarim" finds "Ma'moun Abdulkarim"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> named(String name) {
        String key = SourceNames.fold(name);
        return key.isEmpty() ? List.of() : Source.<Source>list("mergedInto is null and searchKey like ?1 order by id", "%\n" + key + "\n%");
    }

    /**
     * The sources that already bear one of the request's names or aliases, folded: the same, or,
     * for a name of at least {@value #CONTAINED_MIN} letters, within a longer one ("Associated
     * Press" in "Associated Press (AP)"). Shorter names would match too much ("Khaled").
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> sameNamed(NewSource request) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(SourceNames.fold(request.name()));
        request.aliasList().forEach(a -> keys.add(SourceNames.fold(a)));
        return sameNamed(keys, null);
    }

    /** The sources other than {@code except} that bear one of these folded names (see {@link #sameNamed(NewSource)}); merged ones are not. */
    private List<Source> sameNamed(List<String> keys, UUID except) {
        return keys.stream().filter(k -> !k.isEmpty()).distinct()
                .flatMap(k -> Source.<Source>list("mergedInto is null and searchKey like ?1", k.length() >= CONTAINED_MIN ? "%" + k + "%" : "%\n" + k + "\n%")
                        .stream())
                .filter(s -> !s.id.equals(except))
                .distinct().sorted(java.util.Comparator.comparing((Source s) -> s.id)).limit(20).toList();
    }

    private static ProblemException similar(List<Source> same, String insist) {
        return ProblemException.similarRecords("/problems/similar-source", "A source with this name or alias is already registered: "
                + same.stream().map(s -> "'" + s.name + "' (" + s.id + ")").collect(Collectors.joining(", "))
                + "; " + insist,
                same.stream().map(s -> new ApiProblem.Candidate(s.id.toString(), s.name, "/api/v1/sources/" + s.id)).toList());
    }

    static final int CONTAINED_MIN = 10;

    public Source register(UUID id, NewSource request, String by, Instant at) {
        Source source = new Source();
        source.id = id;
        source.name = request.name().strip();
        source.kind = request.kind();
        source.reliability = request.reliability();
        source.confidential = Boolean.TRUE.equals(request.confidential());
        source.description = request.description();
        source.url = request.url();
        source.aliases.addAll(request.aliasList());
        source.searchKey = SourceNames.searchKey(source.name, source.aliases);
        source.createdAt = at;
        source.createdBy = by;
        source.persist();
        audit.record(by, "SOURCE_REGISTERED", "source", source.id,
                java.util.Map.of("kind", source.kind, "reliability", source.reliability, "confidential", source.confidential), at);
        return source;
    }

    /**
     * The updateSource use case: applies a merge patch to the source's record under its row lock,
     * after If-Match (428 without, 412 stale). Validation is the registration's (the merged record
     * must be a valid {@link NewSource}); a name or alias newly given that another source bears is a
     * 409 similar-source unless the client insists, as on registration. Any refusal changes nothing.
     * An edit that changes something keeps the record as it stood in a {@link SourceRevision}, keeps
     * the search key in step with the names, moves the version, is audited and put in the change
     * feed, and fires {@link SourceChanged} so that what cites the source is read afresh. A merged
     * source is no longer edited (409): its survivor is. A patch that changes nothing writes nothing.
     */
    @Transactional
    public Source update(UUID id, MergePatch.Fields patch, String by, String ifMatch, boolean allowSimilar) {
        Preconditions.requirePresent(ifMatch, "A source edit");
        Source source = Source.getEntityManager().find(Source.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (source == null) {
            throw ProblemException.notFound("Source", id);
        }
        Preconditions.requireMatch(ifMatch, source.version, "The source");
        requireNotMerged(source);
        NewSource merged = new NewSource(patch.or("name", source.name), patch.or("kind", source.kind), patch.or("reliability", source.reliability),
                patch.or("confidential", source.confidential), patch.or("description", source.description), patch.or("url", source.url),
                patch.or("aliases", source.aliases));
        var violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Map<String, Map<String, Object>> changed = new RecordChanges()
                .compare("name", source.name, merged.name().strip())
                .compare("aliases", List.copyOf(source.aliases), merged.aliasList())
                .compare("kind", source.kind, merged.kind())
                .compare("reliability", source.reliability, merged.reliability())
                .compare("confidential", source.confidential, merged.confidential())
                .compare("description", source.description, merged.description())
                .compare("url", source.url, merged.url())
                .asMap();
        if (changed.isEmpty()) {
            return source;
        }
        if (!allowSimilar && (changed.containsKey("name") || changed.containsKey("aliases"))) {
            // only the names this edit adds: a source registered beside a namesake (allowSimilar) can still be corrected
            Set<String> own = new HashSet<>(SourceNames.keys(source.name, source.aliases));
            List<String> added = SourceNames.keys(merged.name(), merged.aliasList()).stream().filter(k -> !own.contains(k)).toList();
            List<Source> same = sameNamed(added, source.id);
            if (!same.isEmpty()) {
                throw similar(same, "merge the two (POST /api/v1/sources/{id}/merge), or send allowSimilar=true if they are different sources of the same name");
            }
        }
        Instant at = Instant.now();
        keepRevision(source, changed, by, at);
        source.name = merged.name().strip();
        source.kind = merged.kind();
        source.reliability = merged.reliability();
        source.confidential = merged.confidential();
        source.description = merged.description();
        source.url = merged.url();
        if (changed.containsKey("aliases")) {
            source.aliases.clear();
            source.aliases.addAll(merged.aliasList());
        }
        source.searchKey = SourceNames.searchKey(source.name, source.aliases);
        // the version moves on flush whatever changed (an aliases-only edit may touch no column of the row)
        Source.getEntityManager().lock(source, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(by, "SOURCE_UPDATED", "source", id, changed, at);
        // the feed is public: it names the changed fields, never a (possibly confidential) name
        feed.append(List.of(ChangeDraft.sourceUpdated(id, "changed: " + String.join(", ", changed.keySet()), at)));
        sourceChanged.fire(new SourceChanged(id, null, at));
        return source;
    }

    /** The edits of a source's record (merges included), oldest first, keyset-paged by revision number. A merged source keeps its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceRevision> revisions(UUID id, PageRequest page) {
        int from = RecordChanges.revisionAfter(page.cursor());
        return SourceRevision.<SourceRevision>find("sourceId = ?1 and revision > ?2 order by revision", id, from).range(0, page.limit()).list();
    }

    /**
     * The mergeSources use case: folds the duplicate into the survivor, in one transaction. Both
     * rows are locked (in id order, so two merges of one pair cannot deadlock); If-Match names the
     * duplicate's version. The survivor takes the duplicate's name and aliases as aliases; the
     * duplicate is marked merged into it (its reads then redirect there) and keeps its record in a
     * revision, as the survivor keeps its aliases from before. Both are audited and in the feed as
     * SOURCE_MERGED. {@link SourceChanged} (observed by the claims) moves every citation of the
     * duplicate to the survivor in the same transaction.
     *
     * <p>Refused, changing nothing: the duplicate already merged (409); a merge into itself, into an
     * unknown source (422); into a merged source (409, it is no longer a record of its own); and
     * across confidentiality (422): a confidential duplicate's name would become an alias of a
     * public survivor, shown to everyone, and a public duplicate's reports would be cited to a
     * source the public sees only as its kind. A curator who means it first makes the two alike
     * with PATCH (a decision that is then audited on its own). There is no retirement of sources:
     * a merged source is the one that takes no more.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome merge(UUID duplicateId, SourceMerge request, String by, String ifMatch, String idempotencyKey) {
        Preconditions.requirePresent(ifMatch, "A source merge");
        return idempotency.execute(idempotencyKey, by, "mergeSource:" + duplicateId, request, () -> fold(duplicateId, request.into(), by, ifMatch).id.toString());
    }

    private Source fold(UUID duplicateId, UUID survivorId, String by, String ifMatch) {
        if (Source.findById(duplicateId) == null) {
            throw ProblemException.notFound("Source", duplicateId);
        }
        // both rows locked in id order
        Source duplicate;
        Source survivor;
        if (duplicateId.compareTo(survivorId) <= 0) {
            duplicate = lock(duplicateId);
            survivor = duplicateId.equals(survivorId) ? duplicate : lock(survivorId);
        } else {
            survivor = lock(survivorId);
            duplicate = lock(duplicateId);
        }
        Preconditions.requireMatch(ifMatch, duplicate.version, "The source");
        if (duplicate.mergedInto != null) {
            throw ProblemException.conflict("/problems/already-merged",
                    "Source " + duplicateId + " was already merged into " + duplicate.mergedInto + "; it takes no more changes");
        }
        if (duplicateId.equals(survivorId)) {
            throw ProblemException.unprocessable("/problems/merge-into-itself", "Merge into itself", "A source cannot be merged into itself: name another source in into");
        }
        if (survivor == null) {
            throw ProblemException.unknownReference("into", "Source", survivorId);
        }
        if (survivor.mergedInto != null) {
            throw ProblemException.conflict("/problems/already-merged", "Source " + survivorId + " was itself merged into " + survivor.mergedInto
                    + "; merge into that one instead");
        }
        if (duplicate.confidential != survivor.confidential) {
            throw ProblemException.unprocessable("/problems/merge-confidentiality", "Confidentiality differs",
                    "Only sources of the same confidentiality are merged: the merge would show a confidential source's names, or cite public claims "
                            + "to a source the public cannot see. Make the two alike with PATCH first if that is what you mean.");
        }
        List<String> aliases = new ArrayList<>(survivor.aliases);
        Set<String> taken = new HashSet<>(SourceNames.keys(survivor.name, survivor.aliases));
        List<String> names = new ArrayList<>();
        names.add(duplicate.name);
        names.addAll(duplicate.aliases);
        for (String name : names) {
            if (taken.add(SourceNames.fold(name))) {
                aliases.add(name);
            }
        }
        if (aliases.size() > MAX_ALIASES) {
            throw ProblemException.unprocessable("/problems/too-many-aliases", "Too many aliases",
                    "The survivor would have " + aliases.size() + " aliases, more than " + MAX_ALIASES + ": remove some with PATCH first");
        }
        Instant at = Instant.now();
        Map<String, Object> merge = new LinkedHashMap<>();
        merge.put("from", duplicateId.toString());
        merge.put("to", survivorId.toString());
        Map<String, Map<String, Object>> survivorChanges = new LinkedHashMap<>();
        survivorChanges.put("merged", merge);
        survivorChanges.putAll(new RecordChanges().compare("aliases", List.copyOf(survivor.aliases), aliases).asMap());
        keepRevision(survivor, survivorChanges, by, at);
        keepRevision(duplicate, Map.of("merged", merge), by, at);
        survivor.aliases.clear();
        survivor.aliases.addAll(aliases);
        survivor.searchKey = SourceNames.searchKey(survivor.name, survivor.aliases);
        duplicate.mergedInto = survivorId;
        Source.getEntityManager().lock(survivor, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Source.getEntityManager().lock(duplicate, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        // the audit line keeps the duplicate's whole record (read by admins only), as its revision does
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("into", survivorId);
        record.put("name", duplicate.name);
        record.put("aliases", List.copyOf(duplicate.aliases));
        record.put("kind", duplicate.kind);
        record.put("reliability", duplicate.reliability);
        record.put("confidential", duplicate.confidential);
        audit.record(by, "SOURCE_MERGED", "source", duplicateId, record, at);
        audit.record(by, "SOURCE_MERGED", "source", survivorId, Map.of("from", duplicateId, "aliases", survivorChanges.getOrDefault("aliases", Map.of())), at);
        feed.append(List.of(ChangeDraft.sourceMerged(duplicateId, "merged into " + survivorId, at),
                ChangeDraft.sourceMerged(survivorId, "merged " + duplicateId + " into this source", at)));
        sourceChanged.fire(new SourceChanged(duplicateId, survivorId, at));
        sourceChanged.fire(new SourceChanged(survivorId, null, at));
        return survivor;
    }

    static final int MAX_ALIASES = 20;

    private static Source lock(UUID id) {
        return Source.getEntityManager().find(Source.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void requireNotMerged(Source source) {
        if (source.mergedInto != null) {
            throw ProblemException.conflict("/problems/already-merged",
                    "Source " + source.id + " was merged into " + source.mergedInto + "; edit that source instead");
        }
    }

    /** Keeps the record as it stands, before an edit or a merge, as the source's next revision. */
    private void keepRevision(Source s, Map<String, ?> changed, String by, Instant at) {
        SourceRevision r = new SourceRevision();
        r.id = UUID.randomUUID();
        r.sourceId = s.id;
        r.revision = 1 + (int) SourceRevision.count("sourceId", s.id);
        r.recordedAt = at;
        r.recordedBy = by;
        r.changes = toJson(changed);
        r.name = s.name;
        r.kind = s.kind;
        r.reliability = s.reliability;
        r.confidential = s.confidential;
        r.description = s.description;
        r.url = s.url;
        r.aliases = toJson(List.copyOf(s.aliases));
        r.persist();
    }

    private String toJson(Object value) {
        return RecordChanges.toJson(value, json);
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw org.heritageregistry.common.ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
    }
}
