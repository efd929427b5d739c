package org.heritageregistry.feed;

import java.util.List;

/**
 * Fired synchronously, inside the writing transaction and while the feed lock is held, with the
 * changes just given positions: an observer's writes (the webhook outbox) commit or roll back
 * with the change itself.
 */
public record ChangesRecorded(List<Change> changes) {
}
