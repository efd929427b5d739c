package org.heritageregistry.source;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Fills the search key of sources registered before keys existed (a database migrated from a
 * release without them), at start-up: SQL alone cannot fold names as {@link SourceNames} does.
 * An edit or a merge sets the key with the names it changes, so a key, once set, stays right.
 */
@ApplicationScoped
public class SourceSearchKeys {

    private static final Logger LOG = Logger.getLogger(SourceSearchKeys.class);

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        var missing = Source.<Source>list("searchKey is null");
        missing.forEach(s -> s.searchKey = SourceNames.searchKey(s.name, s.aliases));
        if (!missing.isEmpty()) {
            LOG.infof("Computed the search keys of %d sources", missing.size());
        }
    }
}
