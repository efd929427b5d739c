/**
 * Runs a POST at most once per account and Idempotency-Key, in the transaction that creates the
 * resource. Only the use-case methods of the feature services call it.
 */
package org.heritageregistry.idempotency;
