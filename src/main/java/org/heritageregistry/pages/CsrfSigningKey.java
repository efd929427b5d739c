package org.heritageregistry.pages;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A key for quarkus-rest-csrf to sign its tokens with, unless the operator sets one
 * (QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY, which every configuration source above this one wins
 * over). Unsigned, the token was only compared with the cookie, so a cookie and form field set to
 * the same invented value were accepted (issue 22, finding 7); signed, the cookie must be this
 * service's signature of the form's token. A key made at start costs what the session encryption
 * key's default costs: forms open across a restart, or served by another instance, must be
 * reloaded; set the same key on every instance (docs/operations.md).
 */
public class CsrfSigningKey implements ConfigSource {

    static final String PROPERTY = "quarkus.rest-csrf.token-signature-key";
    private static final String KEY = generate();

    private static String generate() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return PROPERTY.equals(propertyName) ? KEY : null;
    }

    @Override
    public String getName() {
        return "registry-csrf-signing-key";
    }

    @Override
    public int getOrdinal() {
        // below application.properties (250), the environment (300) and system properties (400)
        return 50;
    }
}
