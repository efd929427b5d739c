/**
 * The audit trail: who changed what and when, one line per write, written in the write's own
 * transaction.
 */
package org.heritageregistry.audit;
