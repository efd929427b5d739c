package org.heritageregistry.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Single sign-on with an organisation's OpenID Connect provider ({@link SingleSignOnIdentities}).
 * Off by default; turning it on also takes {@code quarkus.oidc.auth-server-url} and
 * {@code quarkus.oidc.client-id}, which quarkus-oidc reads. docs/single-sign-on.md says how.
 */
@ConfigMapping(prefix = "registry.sso")
public interface SsoConfig {

    /**
     * Whether bearer tokens that are not personal API tokens go to the identity provider. It also
     * switches quarkus-oidc's default tenant (quarkus.oidc.tenant-enabled, application.properties),
     * so an instance without one neither contacts a provider nor needs one to start.
     */
    @WithDefault("false")
    boolean enabled();

    /** The token claim that names the person in audit lines, report ownership and the rate limit. */
    @WithDefault("preferred_username")
    String principalClaim();

    /**
     * Put before the claim's value to make the principal name. It must hold a character no account
     * name can ({@link NewAccount#USERNAME}), so a person signed in through the provider is never
     * taken for an account of the same name, a disabled one included.
     */
    @WithDefault("sso:")
    String principalPrefix();

    /** Which of the provider's role names (quarkus.oidc.roles.role-claim-path) grant each registry role. */
    RoleNames roles();

    /** Role names of the provider (comma-separated), per registry role; a name listed nowhere grants nothing. */
    interface RoleNames {
        /** Read as a signed-in account does (confidential sources shown), write nothing. */
        @WithDefault("reader")
        String reader();

        @WithDefault("curator")
        String curator();

        @WithDefault("reviewer")
        String reviewer();

        @WithDefault("admin")
        String admin();
    }
}
