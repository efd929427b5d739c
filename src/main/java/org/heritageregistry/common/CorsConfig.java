package org.heritageregistry.common;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Browser access from other sites ({@link CorsPolicy}). docs/operations.md ("Configuration")
 * lists every property.
 */
@ConfigMapping(prefix = "registry.cors")
public interface CorsConfig {

    /**
     * Origins (scheme://host[:port]) trusted to write and to read with credentials, comma-separated.
     * Any other origin may only read, anonymously. None by default.
     */
    Optional<String> origins();

    /** Let the trusted origins send credentials (cookies, Basic) cross-origin. */
    @WithDefault("false")
    boolean allowCredentials();
}
