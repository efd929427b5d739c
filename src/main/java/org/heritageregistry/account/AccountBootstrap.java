package org.heritageregistry.account;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.heritageregistry.operations.SeedState;
import org.jboss.logging.Logger;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;

/** Creates the first admin from configuration, and the demo accounts in the demo profile. */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    /** Demo accounts, documented in the README; two of each reviewing role so four eyes can be shown. */
    static final List<String[]> DEMO = List.of(
            new String[] { "curator", "curator-demo", Roles.CURATOR, "true" },
            new String[] { "curator2", "curator2-demo", Roles.CURATOR, "true" },
            new String[] { "reviewer", "reviewer-demo", Roles.REVIEWER, "true" },
            new String[] { "reviewer2", "reviewer2-demo", Roles.REVIEWER + "," + Roles.CURATOR, "true" },
            new String[] { "admin", "admin-demo", Roles.ADMIN, "true" },
            new String[] { "disabled", "disabled-demo", Roles.CURATOR, "false" });

    private final AccountConfig settings;

    AccountBootstrap(AccountConfig settings) {
        this.settings = settings;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        SeedState.lock(); // instances starting together create accounts one after another
        if (settings.demoAccounts()) {
            DEMO.forEach(d -> createIfAbsent(d[0], d[1], d[2], Boolean.parseBoolean(d[3])));
            LOG.warn("Demo accounts are enabled (demo profile): never use this profile in production");
        }
        settings.bootstrapAdmin().password().filter(p -> !p.isBlank()).ifPresent(password -> {
            if (Account.count("roles like ?1", "%" + Roles.ADMIN + "%") == 0) {
                createIfAbsent(settings.bootstrapAdmin().username(), password, Roles.ADMIN, true);
                LOG.infof("Created the bootstrap admin account '%s'", settings.bootstrapAdmin().username());
            }
        });
        if (Account.count() == 0) {
            LOG.warn("No accounts exist: set REGISTRY_BOOTSTRAP_ADMIN_PASSWORD to create the first admin");
        }
    }

    private void createIfAbsent(String username, String password, String roles, boolean enabled) {
        if (Account.findByUsername(username).isPresent()) {
            return;
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password, settings.passwordHashCost());
        account.roles = roles;
        account.enabled = enabled;
        account.createdAt = Instant.now();
        account.persist();
    }
}
