package org.heritageregistry.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Webhook delivery: how often the outbox is polled, how long a receiver gets, how retries back off.
 * docs/operations.md ("Configuration") lists every property.
 */
@ConfigMapping(prefix = "registry.webhooks")
public interface WebhookConfig {

    /** How often each instance looks for deliveries that are due (also read by WebhookDispatcher's schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Connect and response timeout of one delivery attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** Attempts before a delivery is given up as FAILED (and the subscription's next event goes); 40 cover about a day. */
    @WithDefault("40")
    int maxAttempts();

    /** Delay before the first retry; each further retry doubles it, with jitter, up to retry-max-delay. */
    @WithDefault("10s")
    Duration retryInitialDelay();

    @WithDefault("1h")
    Duration retryMaxDelay();

    /** How long an instance owns a subscription's queue while delivering it (another instance takes over after a crash). */
    @WithDefault("2m")
    Duration lease();

    /** Deliveries sent per subscription per poll, at most. */
    @WithDefault("50")
    int batchSize();
}
