package org.heritageregistry.common;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Browser access. No code reads it: application.properties hands the values to
 * quarkus.http.cors.* by ${registry.cors...} expansion. It is declared because SmallRye Config
 * refuses a registry.* property that no mapping declares, so REGISTRY_CORS_ORIGINS would stop the
 * start-up; and it is {@link Unremovable} because Quarkus registers a mapping nothing injects only
 * when marked so. docs/operations.md ("Configuration") lists every property.
 */
@Unremovable
@ConfigMapping(prefix = "registry.cors")
public interface CorsConfig {

    /** Origins browsers may call the API from, comma-separated. */
    @WithDefault("*")
    String origins();

    @WithDefault("false")
    boolean allowCredentials();
}
