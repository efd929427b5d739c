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
import org.heritageregistry.common.Cursor;
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
    public List<Source> list(SourceKind kind, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
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

    /** The registerSource use case: once per Idempotency-Key, in its own transaction, audited. Returns the source's id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Idempotency.Outcome register(NewSource request, String by, String idempotencyKey) {
        return idempotency.execute(idempotencyKey, by, "registerSource", request,
                () -> register(UUID.randomUUID(), request, by, Instant.now()).id.toString());
    }

    public Source register(UUID id, NewSource request, String by, Instant at) {
        Source source = new Source();
        source.id = id;
        source.name = request.name().strip();
        source.kind = request.kind();
        source.reliability = request.reliability();
        source.confidential = Boolean.TRUE.equals(request.confidential());
        source.description = request.description();
        source.url = request.url();
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
