package org.heritageregistry.feed;

import java.util.List;

/**
 * Fired synchronously inside the sequencer's transaction, under the feed lock, with changes that
 * have just been given their positions: an observer's writes (the webhook outbox) commit or roll
 * back with the positions themselves, so a change never has a position without its deliveries.
 */
public record ChangesSequenced(List<Change> changes) {
}
