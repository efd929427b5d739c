package org.heritageregistry.monument;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Told of every write that moves a monument's version, inside its transaction. The instance's own
 * remembered version is dropped once the transaction commits (an observer of the committed
 * {@link MonumentChanged}, run before the client hears it succeeded), so a client reads its own
 * write; a rolled-back write moved no version. On PostgreSQL the same transaction sends NOTIFY,
 * which the database delivers to every instance's listener when, and only if, it commits.
 */
@ApplicationScoped
public class MonumentChangeSignal {

    /** The channel every instance listens on; the payload is the monument id, or {@link #EVERY_MONUMENT}. */
    static final String CHANNEL = "registry_monument_changed";
    static final String EVERY_MONUMENT = "*";

    private static final Object TRANSACTION_KEY = MonumentChangeSignal.class;

    private final MonumentVersions versions;
    private final TransactionSynchronizationRegistry transactions;
    private final Event<MonumentChanged> changed;
    private final boolean notifyOthers;

    MonumentChangeSignal(MonumentVersions versions, TransactionSynchronizationRegistry transactions, Event<MonumentChanged> changed,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.versions = versions;
        this.transactions = transactions;
        this.changed = changed;
        this.notifyOthers = MonumentChangeListener.listensOn(databaseKind);
    }

    /** The monument's version moves in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changing(String monumentId) {
        if (changedInThisTransaction().add(monumentId)) {
            if (notifyOthers) {
                Monument.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL).setParameter(2, monumentId).getSingleResult();
            }
            changed.fire(new MonumentChanged(monumentId));
        }
    }

    /** Rows were written behind the entities' back (an import): no remembered version can be trusted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changingEverything() {
        changing(EVERY_MONUMENT);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonumentChanged change) {
        forget(change.monumentIdOrEvery());
    }

    /** The monuments this transaction already signalled: one NOTIFY and one event each. */
    @SuppressWarnings("unchecked")
    private Set<String> changedInThisTransaction() {
        Set<String> ids = (Set<String>) transactions.getResource(TRANSACTION_KEY);
        if (ids == null) {
            ids = new HashSet<>();
            transactions.putResource(TRANSACTION_KEY, ids);
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
