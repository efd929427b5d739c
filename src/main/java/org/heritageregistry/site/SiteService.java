package org.heritageregistry.site;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.Cursor;
import org.heritageregistry.common.PageRequest;

/** Finds sites. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteService {

    public Optional<Site> find(String id) {
        return Site.findByIdOptional(id);
    }

    public List<Site> list(PageRequest page) {
        List<String> after = Cursor.decode(page.cursor(), 1);
        var query = after == null ? Site.<Site>find("order by id") : Site.<Site>find("id > ?1 order by id", after.get(0));
        return query.range(0, page.limit()).list();
    }
}
