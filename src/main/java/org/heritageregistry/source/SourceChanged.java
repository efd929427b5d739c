package org.heritageregistry.source;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Fired synchronously inside a write that changed a source's record (a PATCH) or folded it into
 * another (a merge), while the writer holds the source's row lock. The sources are below the claims
 * (the records layer may not import {@code report}), yet what a report shows of its source is cached
 * with the report's and its monument's versions, and a merge must move the duplicate's citations to
 * the survivor. So the claims observe this event, as the derivation observes theirs: they bump what
 * cites the source and, for a merge, re-cite the survivor, in the same transaction.
 */
public record SourceChanged(UUID sourceId, UUID mergedInto, Instant at) {

    /** The survivor the source was folded into, when the change is a merge. */
    public Optional<UUID> survivor() {
        return Optional.ofNullable(mergedInto);
    }
}
