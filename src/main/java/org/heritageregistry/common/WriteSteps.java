package org.heritageregistry.common;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * How long each step of a write takes, as {@code registry.write.step} timers tagged with the step,
 * read at /q/metrics (docs/performance.md, "Where a write's time goes"). The timers are made once;
 * a step costs two {@link System#nanoTime()} calls and one record, and p50 and p99 are kept by the
 * timer itself (a small rotating histogram per step), so the breakdown needs no Prometheus query.
 */
@ApplicationScoped
public class WriteSteps {

    /** The steps of a write, in the order they run. */
    public enum Step {
        /** The request's checks: its subject locked and found, its facts, its sources. */
        VALIDATION,
        /** The report's rows (and a superseded revision's link). */
        INSERT,
        AUDIT,
        FEED,
        /** The condition derived again (current, latest, contested). */
        DERIVATION,
        /** The conflicts derived again. */
        CONFLICTS,
        /** From the end of the work to the committed transaction: the flush of what is left, and the commit. */
        COMMIT
    }

    private final Map<Step, Timer> timers = new EnumMap<>(Step.class);

    WriteSteps(MeterRegistry meters) {
        for (Step step : Step.values()) {
            timers.put(step, Timer.builder("registry.write.step").tag("step", step.name().toLowerCase(Locale.ROOT))
                    .description("Time spent in one step of a write (a report, a correction, a decision, a settlement)")
                    .publishPercentiles(0.5, 0.99).distributionStatisticExpiry(Duration.ofMinutes(10)).register(meters));
        }
    }

    public long start() {
        return System.nanoTime();
    }

    /** Records the step as lasting since {@code start} and returns now, the start of the next step. */
    public long lap(Step step, long start) {
        long now = System.nanoTime();
        timers.get(step).record(now - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return now;
    }
}
