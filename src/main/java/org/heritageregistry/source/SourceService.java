package org.heritageregistry.source;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.audit.AuditLog;
import org.heritageregistry.common.ApiProblem;
import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.ProblemException;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.idempotency.Idempotency;
import org.heritageregistry.vocabulary.SourceKind;

import io.quarkus.panache.common.Parameters;

/** Registers and finds sources. */
@ApplicationScoped
@Transactional
public class SourceService {

    private final AuditLog audit;
    private final Idempotency idempotency;

    SourceService(AuditLog audit, Idempotency idempotency) {
        this.audit = audit;
        this.idempotency = idempotency;
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
        return Source.<Source>find("order by name, id").range(0, max - 1).list();
    }

    /** Sources ordered by id (random, so the order reveals nothing about confidential names). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Source> list(SourceKind kind, String text, boolean revealConfidential, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
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
                    throw ProblemException.similarRecords("/problems/similar-source", "A source with this name or alias is already registered: "
                            + same.stream().map(s -> "'" + s.name + "' (" + s.id + ")").collect(Collectors.joining(", "))
                            + "; cite it, or send allowSimilar=true to register another source of the same name",
                            same.stream().map(s -> new ApiProblem.Candidate(s.id.toString(), s.name, "/api/v1/sources/" + s.id)).toList());
                }
            }
            return register(UUID.randomUUID(), request, by, Instant.now()).id.toString();
        });
    }

    /**
     * The sources that already bear one of the request's names or aliases, folded: the same, or,
     * for a name of at least {@value #CONTAINED_MIN} letters, within a longer one ("Associated
     * Press" in "Associated Press (AP)"). Shorter names would match too much ("Khaled").
     */
    List<Source> sameNamed(NewSource request) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(SourceNames.fold(request.name()));
        request.aliasList().forEach(a -> keys.add(SourceNames.fold(a)));
        return keys.stream().filter(k -> !k.isEmpty()).distinct()
                .flatMap(k -> Source.<Source>list("searchKey like ?1", k.length() >= CONTAINED_MIN ? "%" + k + "%" : "%\n" + k + "\n%").stream())
                .distinct().sorted(java.util.Comparator.comparing((Source s) -> s.id)).limit(20).toList();
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

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw org.heritageregistry.common.ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
        }
    }
}
