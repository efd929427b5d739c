package org.heritageregistry.generator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The generator's settings ({@code registry.generate.*}, from the environment as
 * {@code REGISTRY_GENERATE_REPORTS} and so on, which scripts/generate-data sets): the generator's
 * own, not the service's, so they can go where the generator goes.
 */
@ConfigMapping(prefix = "registry.generate")
public interface GeneratorConfig {

    /** Reports to write; 0 (the default) turns the generator off. */
    @WithDefault("0")
    int reports();

    @WithDefault("10000")
    int monuments();

    @WithDefault("200")
    int sites();

    @WithDefault("500")
    int sources();

    /** The random seed: the same settings and seed write the same registry. */
    @WithDefault("42")
    long seed();

    /** Stop the process once the data is written, so the generator runs as a command. */
    @WithDefault("true")
    boolean exit();

    /** Threads that re-derive conditions and conflicts after the bulk insert. */
    @WithDefault("2")
    int threads();
}
