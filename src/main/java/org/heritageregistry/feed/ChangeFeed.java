package org.heritageregistry.feed;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.JdbcBatch;

/**
 * The change feed: every change, in commit order, at a position a consumer can resume after.
 *
 * <p>Why not an auto-increment id: transaction A takes id 10, B takes 11 and commits first; a
 * reader sees 11, resumes after 11 and never sees 10 once A commits. So a write gives its changes
 * no position at all: it records them in the intake, in its own transaction and without any
 * lock shared with other writes, and {@link ChangeSequencer} numbers them once they have
 * committed. Before this, every write took the single feed lock row as its last step and kept it
 * until its commit, which made the tail of every write in the registry run one at a time (and
 * PostgreSQL could not batch their commit flushes); now only the sequencer takes it, for the
 * length of a few inserts, and writes commit in parallel.
 *
 * <p>Every read of the feed runs the sequencer first, so a change whose write has returned is in
 * the next page a client asks for, and a reader that has seen position n has seen everything up
 * to n: "after n" misses and repeats nothing, with any number of instances.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final String INTAKE = "insert into change_intake (kind, recorded_at, entity_id, monument_id, site_id, incident_kind, report_id, decision_id, "
            + "new_condition, previous_condition, status, revision, supersedes_id, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Event<ChangesRecorded> recorded;
    private final ChangeSequencer sequencer;
    private final EntityManager entities;

    ChangeFeed(Event<ChangesRecorded> recorded, ChangeSequencer sequencer, EntityManager entities) {
        this.recorded = recorded;
        this.sequencer = sequencer;
        this.entities = entities;
    }

    /** A write's change, then the change of condition it caused (if any). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(ChangeDraft change, java.util.Optional<ChangeDraft> consequence) {
        List<ChangeDraft> drafts = new ArrayList<>(List.of(change));
        consequence.ifPresent(drafts::add);
        append(drafts);
    }

    /**
     * Records the drafts, in order, in the writing transaction; they get their positions after it
     * commits (a rolled-back write leaves nothing to number).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<ChangeDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        for (ChangeDraft draft : drafts) {
            ChangeIntake.of(draft).persist();
        }
        recorded.fire(new ChangesRecorded(List.copyOf(drafts)));
    }

    /**
     * A bulk load's drafts, as {@link #append(List)} records them but in a few multi-row inserts
     * ({@link JdbcBatch}): the intake's ids, which order a transaction's own changes, follow the
     * list's order on both databases.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<ChangeDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        JdbcBatch.insert(entities, INTAKE, drafts, (row, d) -> row.text(d.kind()).instant(d.at()).text(d.entityId()).text(d.monumentId()).text(d.siteId())
                .text(d.incidentKind()).object(d.reportId()).object(d.decisionId()).text(d.condition()).text(d.previousCondition()).text(d.status())
                .integer(d.revision()).object(d.supersedesId()).text(d.note()));
        recorded.fire(new ChangesRecorded(List.copyOf(drafts)));
    }

    /**
     * Sequences what has committed, then takes the feed lock until this transaction ends and
     * returns the last position. Webhook subscriptions take it, so a new subscription starts
     * exactly after a known position and every later position is queued for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long lockAndReadLast() {
        sequencer.sequence();
        return sequencer.lockAndReadLast();
    }

    /** Gives every committed change its position now (the webhook poll and the backup call it before they read). */
    public void sequence() {
        sequencer.sequence();
    }

    /** The changes after a position, oldest first; one more than the limit, so the caller can tell there are more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> after(long position, int limit) {
        sequencer.sequence();
        return Change.<Change>find("from Change c where c.position > ?1 order by c.position", position).range(0, limit).list();
    }
}
