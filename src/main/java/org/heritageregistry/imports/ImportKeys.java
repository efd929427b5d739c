package org.heritageregistry.imports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.JdbcBatch;

/**
 * The natural key of every row an import ever loaded, and what it became: a file sent again, or a
 * job resumed after a crash, finds its rows here and adds nothing twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class ImportKeys {

    private final EntityManager entities;

    ImportKeys(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<String> find(String key) {
        @SuppressWarnings("unchecked")
        List<String> found = entities.createNativeQuery("select resource_id from import_key where row_key = ?1").setParameter(1, key).getResultList();
        return found.stream().findFirst();
    }

    /** Which of these keys some import already loaded: one statement for a batch's rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Set<String> known(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = entities.createNativeQuery("select row_key from import_key where row_key in (?1)").setParameter(1, List.copyOf(keys)).getResultList();
        return Set.copyOf(found);
    }

    /** The keys of a batch's rows and what each became, as a few multi-row inserts. */
    void rememberAll(Map<String, String> resources, UUID job, Instant at) {
        JdbcBatch.insert(entities, "insert into import_key (row_key, resource_id, job_id, loaded_at) values (?, ?, ?, ?)", resources.entrySet(),
                (row, e) -> row.text(e.getKey()).text(e.getValue()).object(job).instant(at));
    }

    void remember(String key, String resourceId, UUID job, Instant at) {
        entities.createNativeQuery("insert into import_key (row_key, resource_id, job_id, loaded_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, key).setParameter(2, resourceId).setParameter(3, job).setParameter(4, at).executeUpdate();
    }
}
