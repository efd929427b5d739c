package org.heritageregistry.feed;

import java.util.List;

/**
 * Fired synchronously inside the writing transaction with the changes it recorded, before they
 * have a feed position (the sequencer gives them one after the commit, see {@link ChangesSequenced}).
 * Observe it with {@code TransactionPhase.AFTER_SUCCESS} to act once per committed write on the
 * instance that made it (the metrics do).
 */
public record ChangesRecorded(List<ChangeDraft> changes) {
}
