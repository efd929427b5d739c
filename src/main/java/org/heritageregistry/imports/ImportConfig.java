package org.heritageregistry.imports;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk imports: how often jobs are looked for, how many rows one transaction loads. docs/operations.md ("Configuration") lists every property. */
@ConfigMapping(prefix = "registry.imports")
public interface ImportConfig {

    /** How often each instance looks for an import job to load (also read by ImportLoader's schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Rows loaded per transaction: the most a crash makes a job do again (its keys make that
     * harmless). A batch holds the locks of the monuments its claims are about until it commits,
     * so the API's writes on those monuments wait for it; a thousand report rows take well under a
     * second (docs/performance.md, "Bulk imports").
     */
    @WithDefault("1000")
    int batchSize();

    /** How long an instance owns a job while loading it; another instance (or this one, restarted) takes over after it. */
    @WithDefault("1m")
    Duration lease();
}
