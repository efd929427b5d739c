package org.heritageregistry.report;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.heritageregistry.monument.MonumentService;
import org.heritageregistry.site.SiteService;
import org.heritageregistry.source.SourceChanged;

/**
 * Keeps the claims in step with the sources they cite, when a curator corrects a source or merges
 * two. Here, not in the source service, because the sources lie below the claims: {@code source}
 * may not import {@code report} (ArchitectureTest), so the source service fires {@link SourceChanged}
 * inside its transaction and this observer does the claims' part in that same transaction, as the
 * derivation observes {@link ClaimsChanged}.
 *
 * <p>What a report shows of its source is read with the report's ETag and cached with its monument's
 * version (the dossier), so every report citing the source (as source or as relay), in every
 * revision, gets a new version, and every monument (or site) they are about is locked as a claims
 * write locks it, which moves the monument's version and drops the remembered one on every
 * instance: no reader is served the old name, nor a name that has just become confidential.
 *
 * <p>A merge also re-cites: every revision citing the duplicate, current or superseded, now cites the
 * survivor, so a report's history names one source throughout. A relay that would become the source
 * itself ("SOHR via SOHR") is dropped; the audit line of the merge keeps the duplicate's record. The
 * derivation is not run again: conditions and conflicts depend on what claims say, not on who said it
 * (only the review's independence rule compares sources, and decisions already made stand).
 *
 * <p>Locks are taken in id order (monuments, then sites), after the source rows: report writes lock
 * a monument or a site and never a source, so no cycle can form.
 */
@ApplicationScoped
public class SourceCitations {

    private final MonumentService monuments;
    private final SiteService sites;

    SourceCitations(MonumentService monuments, SiteService sites) {
        this.monuments = monuments;
        this.sites = sites;
    }

    void onSourceChanged(@Observes SourceChanged change) {
        UUID source = change.sourceId();
        var em = DamageReport.getEntityManager();
        List<Object[]> subjects = em.createQuery("select distinct r.monumentId, r.siteId from DamageReport r where r.sourceId = :s or r.relayedById = :s",
                Object[].class).setParameter("s", source).getResultList();
        TreeSet<String> monumentIds = new TreeSet<>();
        TreeSet<String> siteIds = new TreeSet<>();
        for (Object[] subject : subjects) {
            if (subject[0] != null) {
                monumentIds.add((String) subject[0]);
            } else {
                siteIds.add((String) Objects.requireNonNull(subject[1]));
            }
        }
        monumentIds.forEach(monuments::lockForClaims);
        siteIds.forEach(sites::lockForClaims);
        if (change.survivor().isEmpty()) {
            em.createQuery("update DamageReport r set r.version = r.version + 1 where r.sourceId = :s or r.relayedById = :s")
                    .setParameter("s", source).executeUpdate();
            return;
        }
        UUID survivor = change.survivor().get();
        em.createQuery("update DamageReport r set r.relayedById = :to, r.version = r.version + 1 where r.relayedById = :from")
                .setParameter("from", source).setParameter("to", survivor).executeUpdate();
        em.createQuery("update DamageReport r set r.sourceId = :to, r.version = r.version + 1 where r.sourceId = :from")
                .setParameter("from", source).setParameter("to", survivor).executeUpdate();
        em.createQuery("update DamageReport r set r.relayedById = null where r.sourceId = :to and r.relayedById = :to")
                .setParameter("to", survivor).executeUpdate();
    }
}
