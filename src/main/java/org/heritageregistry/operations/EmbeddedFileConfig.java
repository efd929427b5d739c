package org.heritageregistry.operations;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The embedded H2 file's online compaction (EmbeddedFileCompaction). docs/operations.md ("Configuration") lists every property. */
@ConfigMapping(prefix = "registry.h2")
public interface EmbeddedFileConfig {

    /** How often the file is compacted while the service runs (also read by EmbeddedFileCompaction's schedule). */
    @WithDefault("10s")
    Duration compactionInterval();

    /** The longest one compaction holds H2's store lock for, each commit waiting meanwhile; 0 turns compaction off. */
    @WithDefault("200ms")
    Duration compactionMaxTime();
}
