package org.heritageregistry.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Makes an identity that quarkus-oidc verified (a bearer JWT of the organisation's provider) into
 * one of the registry's: the principal is {@code registry.sso.principal-prefix} and the claim
 * {@code registry.sso.principal-claim} ({@code sso:} and {@code preferred_username}), and the roles
 * are the registry roles its provider roles map to ({@code registry.sso.roles.*}); any other role of
 * the provider is dropped, so its own {@code offline_access} or {@code photographer} grants nothing.
 *
 * <p>Why a prefix: the principal is what audit lines, report ownership, the four-eyes rule and the
 * per-account rate limit key on. Account names cannot hold the prefix's {@code :}, so a person of
 * the provider is never taken for an account of the same name (nor revives a disabled one), and an
 * audit line shows which way its author signed in. The registry keeps no row for such a person:
 * the provider is where they are disabled or demoted, which takes effect when their token expires.
 *
 * <p>Other identities (passwords, personal tokens, page sessions, anonymous) pass unchanged; the
 * check costs one {@code instanceof} per request.
 */
@ApplicationScoped
@Startup // a prefix that could name an account stops the start, not the first signed-in request
public class SingleSignOnIdentities implements SecurityIdentityAugmentor {

    /** The identity attribute that holds the provider's {@code sub} for a person signed in through it. */
    public static final String SUBJECT = "registry.sso-subject";
    /** The principal columns (submitted_by, actor, ...) are varchar(64). */
    static final int MAX_PRINCIPAL = 64;
    private static final Logger LOG = Logger.getLogger(SingleSignOnIdentities.class);

    private final String claim;
    private final String prefix;
    /** Provider role name to the registry roles it grants. */
    private final Map<String, Set<String>> grants = new LinkedHashMap<>();

    SingleSignOnIdentities(SsoConfig config) {
        this.claim = config.principalClaim();
        this.prefix = config.principalPrefix();
        if (config.enabled() && prefix.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-')) {
            throw new IllegalStateException("registry.sso.principal-prefix '" + prefix
                    + "' could begin an account's name; it needs a character no account name has (':' as in the default 'sso:')");
        }
        grant(config.roles().reader(), Roles.READER);
        grant(config.roles().curator(), Roles.CURATOR);
        grant(config.roles().reviewer(), Roles.REVIEWER);
        grant(config.roles().admin(), Roles.ADMIN);
    }

    private void grant(String providerRoles, String registryRole) {
        for (String name : providerRoles.split(",")) {
            if (!name.isBlank()) {
                grants.computeIfAbsent(name.strip(), n -> new TreeSet<>()).add(registryRole);
            }
        }
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean fromProvider = identity.getPrincipal() instanceof JsonWebToken || identity.getCredential(AccessTokenCredential.class) != null;
        if (identity.isAnonymous() || !fromProvider) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(() -> registryIdentity(identity));
    }

    SecurityIdentity registryIdentity(SecurityIdentity verified) {
        if (!(verified.getPrincipal() instanceof JsonWebToken token)) {
            // an opaque token the provider introspected: its claims are not read here, so it is refused
            LOG.debugf("single sign-on refused a token that is not a JWT");
            throw new AuthenticationFailedException("not a JWT");
        }
        String name = text(token.getClaim(claim));
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isISOControl)
                || prefix.length() + name.length() > MAX_PRINCIPAL) {
            LOG.warnf("single sign-on refused subject %s: its claim %s is missing, blank or longer than %d characters with the prefix",
                    token.getSubject(), claim, MAX_PRINCIPAL);
            throw new AuthenticationFailedException("unusable " + claim);
        }
        Set<String> roles = new TreeSet<>();
        for (String role : verified.getRoles()) {
            roles.addAll(grants.getOrDefault(role, Set.of()));
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(prefix + name)).addRoles(roles)
                .addCredentials(verified.getCredentials()).addAttributes(verified.getAttributes());
        if (token.getSubject() != null) {
            builder.addAttribute(SUBJECT, token.getSubject());
        }
        return builder.build();
    }

    private static String text(Object claimValue) {
        if (claimValue instanceof JsonString json) {
            return json.getString();
        }
        return claimValue instanceof String string ? string : null;
    }
}
