package org.heritageregistry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.JdbcBatch;
import org.heritageregistry.common.PageRequest;
import org.heritageregistry.common.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;

/** Records every write in the same transaction as the write itself, so neither exists without the other. */
@ApplicationScoped
public class AuditLog {

    private static final int MAX_DETAIL = 4000;

    private static final String INSERT = "insert into audit_event (occurred_at, actor, action, entity_type, entity_id, detail) values (?, ?, ?, ?, ?, ?)";

    private final ObjectMapper json;
    private final EntityManager entities;

    AuditLog(ObjectMapper json, EntityManager entities) {
        this.json = json;
        this.entities = entities;
    }

    /** One line of a bulk write's trail: what {@link #record} takes, for {@link #recordAll}. */
    public record Line(String actor, String action, String entityType, Object entityId, Map<String, ?> changes, Instant at) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Map<String, ?> changes, Instant at) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = at;
        event.actor = actor;
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.detail = toJson(changes);
        event.persist();
    }

    /** The lines of a bulk load, in order, as a few multi-row inserts (see {@link JdbcBatch}) rather than one per line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Line> lines) {
        JdbcBatch.insert(entities, INSERT, lines, (row, line) -> row.instant(line.at()).text(line.actor()).text(line.action()).text(line.entityType())
                .text(String.valueOf(line.entityId())).text(toJson(line.changes())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> list(String entityType, String entityId, String actor, PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (entityType != null) {
            where.append(" and entityType = :type");
            params.and("type", entityType);
        }
        if (entityId != null) {
            where.append(" and entityId = :entity");
            params.and("entity", entityId);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            params.and("actor", actor);
        }
        if (after != null) {
            try {
                params.and("after", Long.parseLong(after.get(0)));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API issued; start again without it");
            }
            where.append(" and id < :after");
        }
        return AuditEvent.<AuditEvent>find(where + " order by id desc", params).range(0, page.limit()).list();
    }

    private String toJson(Map<String, ?> changes) {
        try {
            String text = json.writeValueAsString(changes);
            return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit detail is not serialisable", e);
        }
    }
}
