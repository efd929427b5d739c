package org.heritageregistry.feed;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The change feed: every change, in commit order, at a position a consumer can resume after.
 *
 * <p>Why not an auto-increment id: transaction A takes id 10, B takes 11 and commits first; a
 * reader sees 11, resumes after 11 and never sees 10 once A commits. Here a write records its
 * changes as the last thing it does: it takes the row lock of the single {@code change_feed_lock}
 * row (held until commit) and only then reads the highest position and continues after it. So
 * the next position is handed out only once the transaction that holds the previous one has
 * committed (or rolled back, and its positions are handed out again): positions become visible
 * in the order they are assigned, with no gaps, on H2 and PostgreSQL alike, with any number of
 * instances. A reader that has seen position n has seen everything up to n, so "after n" misses
 * and repeats nothing.
 *
 * <p>The price is that the tail of every write (from its changes to its commit) runs one at a time
 * across the registry. The lock is taken after everything else is flushed, and nothing waits on
 * another lock while holding it (every other lock a write needs is taken earlier), so it cannot
 * deadlock and is held for little more than the commit itself.
 */
@ApplicationScoped
public class ChangeFeed {

    private final Event<ChangesRecorded> recorded;

    ChangeFeed(Event<ChangesRecorded> recorded) {
        this.recorded = recorded;
    }

    /** A write's change, then the change of condition it caused (if any). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Change> append(ChangeDraft change, java.util.Optional<ChangeDraft> consequence) {
        List<ChangeDraft> drafts = new ArrayList<>(List.of(change));
        consequence.ifPresent(drafts::add);
        return append(drafts);
    }

    /** Gives the drafts the next positions, in order, and stores them; call it last in the writing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Change> append(List<ChangeDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        EntityManager em = Change.getEntityManager();
        em.flush(); // the write's own rows first, so the lock below is held only for the inserts and the commit
        long position = lockAndReadLast();
        List<Change> changes = new ArrayList<>();
        for (ChangeDraft draft : drafts) {
            Change change = draft.toChange(++position);
            change.persist();
            changes.add(change);
        }
        recorded.fire(new ChangesRecorded(List.copyOf(changes)));
        return changes;
    }

    /**
     * Takes the feed lock until this transaction ends and returns the last position. Webhook
     * subscriptions take it too, so a new subscription starts exactly after a known position.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockAndReadLast() {
        EntityManager em = Change.getEntityManager();
        em.find(FeedLock.class, FeedLock.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("select coalesce(max(c.position), 0) from Change c", Long.class).getSingleResult();
    }

    /** The changes after a position, oldest first; one more than the limit, so the caller can tell there are more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> after(long position, int limit) {
        return Change.<Change>find("from Change c where c.position > ?1 order by c.position", position).range(0, limit).list();
    }
}
