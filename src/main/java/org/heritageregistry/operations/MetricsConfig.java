package org.heritageregistry.operations;

import java.time.Duration;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The registry's own metrics. RegistryMetrics reads the property in its schedule's expression,
 * so nothing injects this mapping; it is declared because SmallRye Config refuses a registry.*
 * property that no mapping declares, and {@link Unremovable} because Quarkus registers a mapping
 * nothing injects only when marked so. docs/operations.md ("Configuration") lists every property.
 */
@Unremovable
@ConfigMapping(prefix = "registry.metrics")
public interface MetricsConfig {

    /** How often the database gauges (reports by status, open conflicts) are refreshed. */
    @WithDefault("60s")
    Duration refresh();
}
