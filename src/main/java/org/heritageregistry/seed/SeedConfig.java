package org.heritageregistry.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Palmyra data set loaded at start. docs/operations.md ("Configuration") lists every property. */
@ConfigMapping(prefix = "registry.seed")
public interface SeedConfig {

    /** Loads the Palmyra data set into an empty database at start. */
    @WithDefault("true")
    boolean enabled();
}
