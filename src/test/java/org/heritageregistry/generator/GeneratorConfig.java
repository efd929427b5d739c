package org.heritageregistry.generator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The generator's settings ({@code registry.generate.*}, from the environment as
 * {@code REGISTRY_GENERATE_REPORTS} and so on, which scripts/generate-data sets). They live with
 * the generator in the test tree, so the packaged service neither has them nor accepts them.
 */
@ConfigMapping(prefix = "registry.generate")
public interface GeneratorConfig {

    /** Reports to write; 0 (the default) writes nothing. */
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

    /** Threads that re-derive conditions and conflicts after the bulk insert. */
    @WithDefault("2")
    int threads();
}
