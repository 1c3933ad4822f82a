package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.DeadLetter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the events held because a dependency of the handlers is unavailable: while any is held the pipeline
 * takes no new events. Reports the outage when it starts, every {@link #REPORT_EVERY} while it lasts and when
 * it ends, and gives up once it outlasts the limit (zero: never).
 */
final class DependencyOutage {
    private static final Logger LOG = LoggerFactory.getLogger(DependencyOutage.class);
    static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private final Duration limit;
    private final Consumer<String> gaveUp;
    private final LongSupplier nanoTime;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicBoolean limitReported = new AtomicBoolean();
    private volatile long startedAt;
    private volatile long reportedAt;

    /**
     * @param limit how long an outage may last before {@code gaveUp} is told; zero for no limit
     * @param gaveUp told once, with the reason, when an outage outlasts the limit
     */
    DependencyOutage(Duration limit, Consumer<String> gaveUp, LongSupplier nanoTime) {
        this.limit = limit;
        this.gaveUp = gaveUp;
        this.nanoTime = nanoTime;
    }

    /** Whether some event waits for a dependency. */
    boolean active() {
        return held.get() > 0;
    }

    /** Events waiting for a dependency. */
    int held() {
        return held.get();
    }

    /** An event starts waiting for a dependency. */
    void hold(String channel, long replayId, Throwable failure) {
        long now = nanoTime.getAsLong();
        if (held.getAndIncrement() == 0) {
            startedAt = now;
            reportedAt = now;
            limitReported.set(false);
            LOG.warn("A dependency of the handlers is unavailable (channel {}, replay id {}): {}; holding the event "
                    + "and taking no new ones until it answers again", channel, replayId, DeadLetter.describe(failure));
        }
    }

    /** A held event failed again because the dependency is still unavailable. */
    void stillUnavailable(Throwable failure) {
        long now = nanoTime.getAsLong();
        long lasted = now - startedAt;
        if (now - reportedAt >= REPORT_EVERY.toNanos()) {
            reportedAt = now;
            LOG.warn("A dependency of the handlers is still unavailable after {} s ({} events held): {}",
                    Duration.ofNanos(lasted).toSeconds(), held.get(), DeadLetter.describe(failure));
        }
        if (!limit.isZero() && lasted >= limit.toNanos() && limitReported.compareAndSet(false, true)) {
            gaveUp.accept("a dependency of the handlers stayed unavailable for more than " + limit.toSeconds()
                    + " s (DEPENDENCY_OUTAGE_LIMIT): " + DeadLetter.describe(failure));
        }
    }

    /** A held event got past the dependency (handled, or failed for a reason of its own). */
    void release() {
        if (held.decrementAndGet() == 0) {
            LOG.info("The handlers' dependencies answer again after {} s; taking new events",
                    Duration.ofNanos(nanoTime.getAsLong() - startedAt).toSeconds());
        }
    }
}
