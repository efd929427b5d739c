package org.heritageregistry.site;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;

/** Finds sites. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteService {

    /**
     * The site, locked for a write on the claims about the whole site (their conflicts are derived
     * together, so such writes take turns on the site's row); null when there is no such site.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Site lockForClaims(String siteId) {
        return Site.getEntityManager().find(Site.class, siteId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Site> find(String id) {
        return Site.findByIdOptional(id);
    }

    public List<Site> list(PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        var query = after == null ? Site.<Site>find("order by id") : Site.<Site>find("id > ?1 order by id", after.get(0));
        return query.range(0, page.limit()).list();
    }
}
