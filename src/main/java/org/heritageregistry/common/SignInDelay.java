package org.heritageregistry.common;

import java.util.Map;
import java.util.OptionalLong;

import io.quarkus.security.AuthenticationFailedException;

/**
 * A sign-in refused before its password was checked, because its name or address failed too often
 * lately: answered 429 with Retry-After ({@link ProblemMappers}), not 401, so that a client knows
 * waiting helps and a guesser learns nothing about the password. It travels as an
 * {@link AuthenticationFailedException} (final, so marked with an attribute rather than
 * subclassed), so that every authentication mechanism treats it as the failure it is.
 */
public final class SignInDelay {

    private static final String RETRY_AFTER = "registry.retry-after-seconds";

    private SignInDelay() {
    }

    public static AuthenticationFailedException refusal(long retryAfterSeconds) {
        return new AuthenticationFailedException("sign-in delayed", Map.of(RETRY_AFTER, Math.max(1, retryAfterSeconds)));
    }

    /** The seconds to wait, if the failure is a delay rather than wrong credentials. */
    public static OptionalLong retryAfter(AuthenticationFailedException e) {
        Object seconds = e.getAttributes() == null ? null : e.getAttributes().get(RETRY_AFTER);
        return seconds instanceof Long value ? OptionalLong.of(value) : OptionalLong.empty();
    }
}
