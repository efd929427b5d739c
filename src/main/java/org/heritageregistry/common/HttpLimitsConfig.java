package org.heritageregistry.common;

import java.time.Duration;

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

    /**
     * How long a client may take to send a request body ({@link EarlyBodyReader}); past it the
     * request is a 408 problem. Generous for a person on a slow link, short enough that a slow
     * sender cannot hold a connection open for long.
     */
    @WithDefault("30S")
    Duration bodyTimeout();

    /**
     * Request bodies held in memory at once, all clients together, while they arrive; a body that
     * would go past it is a 503 problem. A bound on what many slow senders together can cost.
     */
    @WithDefault("64M")
    MemorySize maxBufferedBodies();

    /**
     * Longest request target (path and query) accepted, in characters; a longer one is a 414
     * problem ({@link OverlongRequestRefusal}). The HTTP layer's own limit,
     * quarkus.http.limits.max-initial-line-length, must be larger: past that it answers bare.
     */
    @WithDefault("4096")
    int maxUriLength();

    /**
     * Largest request header section accepted (names and values); a larger one is a 431 problem.
     * The HTTP layer's own limit, quarkus.http.limits.max-header-size, must be larger.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** Largest file the restore (an NDJSON export) and the bulk import (NDJSON or CSV) accept. */
    @WithDefault("2G")
    MemorySize importMaxSize();
}
