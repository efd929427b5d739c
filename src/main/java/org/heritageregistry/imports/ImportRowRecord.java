package org.heritageregistry.imports;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of an import file as read: its line, what it adds, and the fields of the row. For a
 * source or report, {@code id} is the client's row id (the natural key that makes a re-run add
 * nothing twice); reports may name their source by a source row's id, a source's UUID, or a
 * registered name or alias ({@code source}, {@code relayedBy}) instead of {@code data.sourceId}.
 * A CSV row also gives the names ({@code sourceName}, {@code relayedByName}): an export of another
 * registry cites that registry's source ids, which this one finds by name instead.
 */
record ImportRowRecord(int line, RowType type, String id, String source, String sourceName, String relayedBy, String relayedByName, JsonNode data) {
}
