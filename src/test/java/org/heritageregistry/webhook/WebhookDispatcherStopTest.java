package org.heritageregistry.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The stop at shutdown: a poll under way finishes its current attempt before the stop returns (so
 * before Hibernate closes), sends nothing more, and no poll touches the database after it. Without
 * this a poll that met the shutdown logged "EntityManagerFactory is closed" as an ERROR.
 */
class WebhookDispatcherStopTest {

    private static final UUID SUBSCRIPTION = UUID.randomUUID();

    private final AtomicInteger dueCalls = new AtomicInteger();
    private final AtomicInteger nextCalls = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();
    private final CountDownLatch sending = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);

    @Test
    void theStopWaitsForThePollUnderWayAndNoPollFollowsIt() throws Exception {
        WebhookConfig config = config();
        WebhookOutbox outbox = new WebhookOutbox(null, config, null) {
            @Override
            public List<UUID> due(Instant now) {
                dueCalls.incrementAndGet();
                return List.of(SUBSCRIPTION);
            }

            @Override
            public boolean claim(UUID subscriptionId, String owner, Instant now) {
                return true;
            }

            @Override
            public void release(UUID subscriptionId, String owner) {
                released.incrementAndGet();
            }

            @Override
            public Optional<Attempt> next(UUID subscriptionId, Instant now) {
                int n = nextCalls.incrementAndGet();
                return Optional.of(new Attempt(UUID.randomUUID(), subscriptionId, "http://127.0.0.1:9/", "secret", "REPORT_SUBMITTED", "{}", n));
            }

            @Override
            public DeliveryStatus record(Attempt attempt, Outcome outcome, Instant at) {
                recorded.incrementAndGet();
                return DeliveryStatus.DELIVERED;
            }
        };
        WebhookSender sender = new WebhookSender(config) {
            @Override
            public WebhookOutbox.Outcome send(WebhookOutbox.Attempt attempt) {
                sending.countDown();
                try {
                    answer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new WebhookOutbox.Outcome(200, null);
            }
        };
        WebhookDispatcher dispatcher = new WebhookDispatcher(outbox, sender, config);

        AtomicReference<Throwable> pollFailure = new AtomicReference<>();
        Thread poll = new Thread(() -> {
            try {
                dispatcher.poll();
            } catch (Throwable e) {
                pollFailure.set(e);
            }
        }, "test-poll");
        poll.start();
        assertTrue(sending.await(10, TimeUnit.SECONDS), "the poll never reached its first attempt");

        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> dispatcher.stop(null));
        Thread.sleep(300);
        assertFalse(stop.isDone(), "the stop returned while a delivery was under way: the database would close under it");

        answer.countDown();
        stop.get(10, TimeUnit.SECONDS);
        poll.join(10_000);
        assertFalse(poll.isAlive());
        assertNull(pollFailure.get());
        assertEquals(1, recorded.get(), "the attempt under way is recorded before the stop returns");
        assertEquals(1, nextCalls.get(), "after the stop began no further event is taken (the batch allows 50)");
        assertEquals(1, released.get(), "the lease is given back");

        dispatcher.poll();
        assertEquals(1, dueCalls.get(), "a poll after the stop went to the database");
    }

    private static WebhookConfig config() {
        return new WebhookConfig() {
            @Override
            public Duration pollInterval() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public int maxAttempts() {
                return 10;
            }

            @Override
            public Duration retryInitialDelay() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration retryMaxDelay() {
                return Duration.ofSeconds(4);
            }

            @Override
            public Duration lease() {
                return Duration.ofMinutes(2);
            }

            @Override
            public int batchSize() {
                return 50;
            }
        };
    }
}
