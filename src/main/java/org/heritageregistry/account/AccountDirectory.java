package org.heritageregistry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** What other features may ask about accounts, without reaching into the account table themselves. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountDirectory {

    /** An enabled account with the curator role: one that can be made responsible for claims. */
    public boolean isActiveCurator(String username) {
        return username != null && Account.findByUsername(username).filter(a -> a.enabled && a.roleSet().contains(Roles.CURATOR)).isPresent();
    }
}
