package org.heritageregistry.generator;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.heritageregistry.condition.DerivedState;
import org.heritageregistry.monument.Monument;
import org.heritageregistry.monument.MonumentService;

/** Derives conditions and conflicts of bulk-written monuments with the same rules as every write. */
@ApplicationScoped
public class MonumentRederivation {

    private final DerivedState derived;
    private final MonumentService monuments;

    MonumentRederivation(DerivedState derived, MonumentService monuments) {
        this.derived = derived;
        this.monuments = monuments;
    }

    @ActivateRequestContext
    @Transactional
    public void rederive(List<String> monumentIds, Instant at) {
        for (String id : monumentIds) {
            Monument monument = monuments.lockForClaims(id);
            derived.refresh(monument, at);
            Monument.getEntityManager().flush();
            Monument.getEntityManager().clear();
        }
    }
}
