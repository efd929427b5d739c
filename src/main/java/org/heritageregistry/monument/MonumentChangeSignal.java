package org.heritageregistry.monument;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Told of every write that moves a monument's version, inside its transaction. The instance's own
 * remembered version is dropped when the transaction ends, before the client hears it succeeded,
 * so a client reads its own write. On PostgreSQL the same transaction sends NOTIFY, which the
 * database delivers to every instance's listener when, and only if, it commits.
 */
@ApplicationScoped
public class MonumentChangeSignal {

    /** The channel every instance listens on; the payload is the monument id, or {@link #EVERY_MONUMENT}. */
    static final String CHANNEL = "registry_monument_changed";
    static final String EVERY_MONUMENT = "*";

    private static final Object TRANSACTION_KEY = MonumentChangeSignal.class;

    private final MonumentVersions versions;
    private final TransactionSynchronizationRegistry transactions;
    private final boolean notifyOthers;

    MonumentChangeSignal(MonumentVersions versions, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.versions = versions;
        this.transactions = transactions;
        this.notifyOthers = MonumentChangeListener.listensOn(databaseKind);
    }

    /** The monument's version moves in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changing(String monumentId) {
        if (changedInThisTransaction().add(monumentId) && notifyOthers) {
            Monument.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, monumentId).getSingleResult();
        }
    }

    /** Rows were written behind the entities' back (an import): no remembered version can be trusted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changingEverything() {
        changing(EVERY_MONUMENT);
    }

    @SuppressWarnings("unchecked")
    private Set<String> changedInThisTransaction() {
        Set<String> ids = (Set<String>) transactions.getResource(TRANSACTION_KEY);
        if (ids == null) {
            Set<String> fresh = new LinkedHashSet<>();
            transactions.putResource(TRANSACTION_KEY, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    // after a rollback nothing changed, but forgetting costs only the next read
                    fresh.forEach(MonumentChangeSignal.this::forget);
                }
            });
            return fresh;
        }
        return ids;
    }

    void forget(String monumentIdOrEvery) {
        if (EVERY_MONUMENT.equals(monumentIdOrEvery)) {
            versions.forgetAll();
        } else {
            versions.changed(monumentIdOrEvery);
        }
    }
}
