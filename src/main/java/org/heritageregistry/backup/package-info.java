/**
 * Backup and restore: the whole registry as NDJSON from a consistent snapshot (BackupWriter), and
 * restored into an empty registry in one transaction (BackupRestorer); also the path from H2 to
 * PostgreSQL.
 */
package org.heritageregistry.backup;
