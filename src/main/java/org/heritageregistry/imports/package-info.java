/**
 * Bulk imports of other teams' data: an NDJSON or CSV file of sites, monuments, sources and
 * reports, checked whole first (a dry run lists every row's errors by line), then loaded in
 * batches by a job that survives a restart and never loads a row twice (each row's natural key is
 * kept). Every row goes through its feature's own write, so audit, feed, derivation and conflicts
 * are those of the API.
 */
package org.heritageregistry.imports;
