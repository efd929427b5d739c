package org.heritageregistry.pages;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heritageregistry.account.PageSessions;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Binds every form a signed-in reader posts to their page session (issue 22, finding 7).
 *
 * <p>quarkus-rest-csrf checks that the form's token is the one its signed cookie holds; a token and
 * cookie taken from one's own session would still pair up in a victim's browser if planted there.
 * So each form also carries {@value #FIELD}: an HMAC of the page session's id (the {@code
 * page_session} row), which no one without that session can compute, and a post whose field is
 * not the one of the session it arrives with is refused like a missing CSRF token. It is keyed with
 * the CSRF signature key, so it follows that key's rules across restarts and instances
 * (docs/operations.md).
 */
@RequestScoped
@Named("sessionBinding")
public class SessionBoundForms {

    static final String FIELD = "session-binding";

    private final SecurityIdentity identity;
    private final byte[] key;

    SessionBoundForms(SecurityIdentity identity, @ConfigProperty(name = CsrfSigningKey.PROPERTY) String key) {
        this.identity = identity;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of the forms' {@value #FIELD} field for this request's session; empty when signed out. */
    public String token() {
        return session().map(this::sign).orElse("");
    }

    /** Runs on the {@link SessionBound} posts once their form is read, so the field is at hand. */
    @ServerRequestFilter
    @WithFormRead
    @SessionBound
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request) {
        Optional<String> session = session();
        if (session.isEmpty()) {
            // signed out: nothing to bind to, and the page's own rules answer (sign in first)
            return Optional.empty();
        }
        Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
        String sent = field instanceof String text ? text : "";
        byte[] expected = sign(session.get()).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        // a bare 400, as quarkus-rest-csrf answers, which CsrfRefusalPage turns into its page
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
    }

    private Optional<String> session() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.<String>getAttribute(PageSessions.ATTRIBUTE));
    }

    private String sign(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(("page-session:" + session).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
