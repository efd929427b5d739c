package org.heritageregistry.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request body limits that {@link BodySizeLimit} applies (the HTTP layer's own,
 * quarkus.http.limits.max-body-size, must allow the larger). docs/operations.md ("Configuration")
 * lists every property.
 */
@ConfigMapping(prefix = "registry")
public interface HttpLimitsConfig {

    /** Largest request body accepted, e.g. 1M. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Largest NDJSON export the import endpoint accepts. */
    @WithDefault("2G")
    MemorySize importMaxSize();
}
