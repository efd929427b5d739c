/**
 * Webhooks: subscriptions to the change feed, an outbox filled in the writing transaction and a
 * dispatcher that delivers it signed (HMAC-SHA256), in order, with retries.
 */
package org.heritageregistry.webhook;
