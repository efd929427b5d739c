package org.heritageregistry.condition;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.site.SiteService;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Derives again what a migration asked for (a row in {@code derivation_pending}): a migration can
 * change the shape of derived data, but only the application knows the rules that fill it. One
 * transaction per monument, under the monument's lock as any write takes it, so it is safe beside
 * live writes and a second instance doing the same; the request is removed once all are done.
 */
@ApplicationScoped
public class DerivationBackfill {

    private static final Logger LOG = Logger.getLogger(DerivationBackfill.class);

    private final EntityManager em;
    private final MonumentService monuments;
    private final DerivedState derived;
    private final SiteService sites;

    DerivationBackfill(EntityManager em, MonumentService monuments, DerivedState derived, SiteService sites) {
        this.em = em;
        this.monuments = monuments;
        this.derived = derived;
        this.sites = sites;
    }

    // before the seed (priority 10 runs first): on an empty database there is nothing to derive yet
    void onStart(@Observes @Priority(10) StartupEvent event) {
        List<?> pending = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select reason from derivation_pending").getResultList());
        if (pending.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select m.id from Monument m order by m.id", String.class).getResultList());
        for (String id : ids) {
            QuarkusTransaction.requiringNew().run(() -> derived.refresh(monuments.lockForClaims(id), now));
        }
        List<String> siteIds = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select distinct r.siteId from DamageReport r where r.monumentId is null", String.class).getResultList());
        for (String site : siteIds) {
            QuarkusTransaction.requiringNew().run(() -> {
                sites.lockForClaims(site);
                derived.refreshSite(site, now);
            });
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from derivation_pending").executeUpdate());
        LOG.infof("Derived again the condition and conflicts of %d monuments and %d sites (%s)", ids.size(), siteIds.size(), pending);
    }
}
