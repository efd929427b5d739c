package org.heritageregistry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import org.heritageregistry.common.ClientAddress;
import org.heritageregistry.common.SignInDelay;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks HTTP Basic credentials against the account table. Written rather than taken from
 * quarkus-security-jpa because accounts can be disabled, which that extension cannot express.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final LoginThrottle throttle;

    /**
     * Checked when the username is unknown, so that a miss costs as much time as a wrong password.
     * Made at the first sign-in, on a worker thread: the bean is created while the first request
     * of any kind is routed, on the event loop, where a bcrypt hash (a third of a second on a cold
     * JVM) would hold up every request of the service's first moments.
     */
    private volatile String dummyHash;
    private final int hashCost;

    private final SignInCache remembered;
    private final ClientAddress clientAddress;

    AccountIdentityProvider(LoginThrottle throttle, AccountConfig settings, SignInCache remembered, ClientAddress clientAddress) {
        this.throttle = throttle;
        this.clientAddress = clientAddress;
        this.remembered = remembered;
        this.hashCost = settings.passwordHashCost();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        // read on the calling thread: the routing context is the request's, for the API's Basic and the pages' form alike
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = routing == null ? "unknown" : clientAddress.of(routing.request());
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword()), address));
    }

    @ActivateRequestContext
    @Transactional
    SecurityIdentity verify(String username, String password, String address) {
        // before anything else, the password included: a delayed guess must learn nothing
        long wait = throttle.secondsToWait(username, address);
        if (wait > 0) {
            throw SignInDelay.refusal(wait);
        }
        var known = remembered.rolesIfRemembered(username, password);
        // another instance may have disabled the account or changed it since: its version says so
        if (known.isPresent() && Account.enabledVersion(username).filter(v -> v == known.get().version()).isPresent()) {
            throttle.succeeded(username, address);
            return identity(username, known.get().roles());
        }
        Account account = Account.findByUsername(username).orElse(null);
        // an account restored from an export has no password yet: it costs the same and never matches
        boolean usable = account != null && account.passwordHash.startsWith("$2");
        boolean matches = BcryptUtil.matches(password, usable ? account.passwordHash : dummyHash()) && usable;
        if (!usable || !account.enabled || !matches) {
            remembered.forget(username);
            throttle.failed(username, address);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(account.username, address);
        remembered.remember(account.username, password, account.roleSet(), account.version);
        return identity(account.username, account.roleSet());
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            // two first misses at once may both hash: harmless, and each costs what a miss should
            hash = BcryptUtil.bcryptHash("no such account", hashCost);
            dummyHash = hash;
        }
        return hash;
    }

    private static SecurityIdentity identity(String username, java.util.Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build();
    }
}
