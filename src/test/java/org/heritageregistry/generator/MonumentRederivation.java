package org.heritageregistry.generator;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.heritageregistry.condition.DerivedState;
import org.heritageregistry.monument.Monument;

/** Derives conditions and conflicts of bulk-written monuments with the same rules as every write. */
@ApplicationScoped
public class MonumentRederivation {

    private final DerivedState derived;

    MonumentRederivation(DerivedState derived) {
        this.derived = derived;
    }

    @ActivateRequestContext
    @Transactional
    public void rederive(List<String> monumentIds, Instant at) {
        for (String id : monumentIds) {
            Monument monument = derived.lock(id);
            derived.refresh(monument, at);
            Monument.getEntityManager().flush();
            Monument.getEntityManager().clear();
        }
    }
}
