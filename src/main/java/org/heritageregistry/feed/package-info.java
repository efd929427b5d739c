/**
 * The change feed: every change in commit order, at positions a consumer can resume after without
 * missing or repeating one. ChangesRecorded tells observers (the webhook outbox in the
 * transaction, the metrics after it commits).
 */
package org.heritageregistry.feed;
