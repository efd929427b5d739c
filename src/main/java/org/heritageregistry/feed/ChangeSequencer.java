package org.heritageregistry.feed;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Gives committed changes their feed positions, so writes themselves need no global lock.
 *
 * <p>A write inserts its changes into {@code change_intake} and commits in parallel with every
 * other write. This class, under the row lock of the single {@code change_feed_lock} row, reads
 * the intake rows that have committed by now, appends them to {@code registry_change} after the
 * highest position (in intake id order, which keeps a transaction's own changes in order) and
 * deletes them from the intake, all in one short transaction. Why that keeps the feed's promise
 * (a reader that has seen position n has seen everything before n, nothing skipped or repeated,
 * with any number of instances):
 * <ul>
 * <li>positions are handed out only under the lock, as max + 1, and the lock is held until the
 * sequencer's commit: the next holder reads the max after that commit (READ COMMITTED takes a new
 * snapshot per statement, on H2 and PostgreSQL alike), so positions become visible in the order
 * they are assigned, without gaps;</li>
 * <li>an intake row is only ever read once it has committed, so no position waits on a writer
 * still in flight, and the intake row and its position change hands in one transaction: a crash
 * leaves either the intake row (sequenced next time) or the position, never both or neither;</li>
 * <li>a write that commits after another has started (the same monument, say, whose row lock
 * orders them) is seen by every sequencer that sees the later one: causal order is kept.</li>
 * </ul>
 *
 * <p>It runs before every feed read, webhook poll and backup export, so what a client has seen
 * committed is in the feed it reads next. The cost moves from the writers to the readers: a
 * reader finding the intake non-empty waits for the lock, and the sequencers of all instances run
 * one at a time, each for the length of a few inserts and a delete. When the intake is empty (the
 * common case for a reader polling an idle feed) it costs one indexed look-up and takes no lock.
 * Why not positions from a sequence with readers held back to the oldest transaction in flight:
 * see docs/reliability.md ("The change feed"): a sequence value can be taken before the
 * transaction is visible as in flight, and a reader can pass it.
 */
@ApplicationScoped
public class ChangeSequencer {

    /** Rows per round trip: a burst after a long quiet spell is sequenced in a few bounded transactions' worth of statements. */
    private static final int BATCH = 500;

    private final Event<ChangesSequenced> sequenced;

    ChangeSequencer(Event<ChangesSequenced> sequenced) {
        this.sequenced = sequenced;
    }

    /**
     * Sequences every change committed so far. Joins the caller's transaction (which then holds the
     * feed lock until it ends: what webhook subscriptions want) or runs in its own, committed
     * before the caller reads the feed.
     */
    @Transactional
    public void sequence() {
        EntityManager em = Change.getEntityManager();
        // No lock while there is nothing to do: an empty intake in this statement's snapshot means
        // every change committed before it has already been sequenced (and committed) by someone.
        if (em.createQuery("select i.id from ChangeIntake i", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        long position = lockAndReadLast();
        List<ChangeIntake> batch;
        do {
            batch = em.createQuery("from ChangeIntake i order by i.id", ChangeIntake.class).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            List<Change> changes = new ArrayList<>(batch.size());
            List<Long> taken = new ArrayList<>(batch.size());
            for (ChangeIntake intake : batch) {
                Change change = intake.draft().toChange(++position);
                change.persist();
                changes.add(change);
                taken.add(intake.id);
            }
            // by id, never "id <= the last one": a row with a lower id may have committed since the
            // select above, and it must stay for the next round, not vanish unsequenced
            em.createQuery("delete from ChangeIntake i where i.id in :ids").setParameter("ids", taken).executeUpdate();
            sequenced.fire(new ChangesSequenced(List.copyOf(changes)));
            em.flush();
            // detach only our own rows: the caller's transaction (a webhook subscription) may hold entities of its own
            batch.forEach(em::detach);
            changes.forEach(em::detach);
        } while (batch.size() == BATCH);
    }

    /** Takes the feed lock until the current transaction ends and returns the last position. */
    @Transactional(Transactional.TxType.MANDATORY)
    long lockAndReadLast() {
        EntityManager em = Change.getEntityManager();
        em.find(FeedLock.class, FeedLock.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("select coalesce(max(c.position), 0) from Change c", Long.class).getSingleResult();
    }
}
