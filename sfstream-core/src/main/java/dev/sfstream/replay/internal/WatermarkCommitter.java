package dev.sfstream.replay.internal;

import dev.sfstream.replay.ReplayStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each channel's watermark to the replay store when it has moved, at most once per channel per
 * interval and once more at stop, so the store is not hit once per event. A failed write is reported
 * and retried at the next tick; what is written is always a position every event up to which is done.
 */
final class WatermarkCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(WatermarkCommitter.class);
    static final Duration OUTAGE_REPORT_EVERY = Duration.ofSeconds(30);

    private final Watermarks watermarks;
    private final ReplayStore store;
    private final boolean enabled;
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private final Set<String> keptByServer = ConcurrentHashMap.newKeySet();
    private final Counter commits;
    private final Counter failures;
    private final ScheduledExecutorService ticker;
    private final long intervalMillis;
    private final MeterRegistry registry;
    private final Gauge unavailable;
    private final LongSupplier nanoTime;
    /** Guarded by this: whether the last flush failed, since when, and when that was last reported. */
    private boolean failing;
    private long failingSince;
    private long reportedAt;

    /**
     * @param enabled false when replay is disabled: nothing is loaded or written
     */
    WatermarkCommitter(Watermarks watermarks, ReplayStore store, boolean enabled, Duration interval,
            MeterRegistry registry, Tags tags, ThreadFactory threads) {
        this.watermarks = watermarks;
        this.store = store;
        this.enabled = enabled;
        this.commits = Counter.builder("sfstream.replay.commits").description("watermark writes to the replay store")
                .tags(tags).register(registry);
        this.failures = Counter.builder("sfstream.replay.commit_failures")
                .description("replay store writes that failed and will be retried").tags(tags).register(registry);
        this.ticker = Executors.newSingleThreadScheduledExecutor(threads);
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.registry = registry;
        this.nanoTime = System::nanoTime;
        // Removed when the committer ends: registered again under the same tags it would keep this committer.
        this.unavailable = Gauge.builder("sfstream.replay.store_unavailable", this, committer -> committer.isFailing() ? 1 : 0)
                .description("1 while replay store writes fail, else 0").tags(tags).register(registry);
    }

    private synchronized boolean isFailing() {
        return failing;
    }

    /** Starts the periodic writes. */
    void start() {
        ticker.scheduleWithFixedDelay(this::flushQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Loads a channel's stored position into its watermark, unless the channel already has one in this
     * process. Returns the channel's position afterwards.
     *
     * @throws dev.sfstream.replay.ReplayStoreException when the store cannot be read
     */
    OptionalLong load(String channel) {
        if (enabled && watermarks.position(channel).isEmpty()) {
            OptionalLong stored = store.load(channel);
            if (stored.isPresent()) {
                watermarks.seed(channel, stored.getAsLong());
                written.put(channel, stored.getAsLong());
            }
        }
        return watermarks.position(channel);
    }

    /** Never writes {@code channel}'s watermark: the server keeps its position. */
    void leaveToServer(String channel) {
        keptByServer.add(channel);
    }

    /** Writes every watermark that moved since it was last written; false if any write failed. */
    synchronized boolean flush() {
        if (!enabled) {
            return true;
        }
        boolean allWritten = true;
        for (String channel : watermarks.channels()) {
            OptionalLong position = watermarks.position(channel);
            if (position.isEmpty() || keptByServer.contains(channel)
                    || Long.valueOf(position.getAsLong()).equals(written.get(channel))) {
                continue;
            }
            try {
                store.save(channel, position.getAsLong());
                written.put(channel, position.getAsLong());
                commits.increment();
            } catch (RuntimeException failure) {
                allWritten = false;
                failures.increment();
                reportFailure(channel, position.getAsLong(), failure);
            }
        }
        if (allWritten && failing) {
            LOG.info("Replay store writes succeed again after {} s of failures; the positions are written",
                    Duration.ofNanos(nanoTime.getAsLong() - failingSince).toSeconds());
        }
        failing = !allWritten;
        return allWritten;
    }

    private void reportFailure(String channel, long position, RuntimeException failure) {
        long now = nanoTime.getAsLong();
        if (!failing) {
            failingSince = now;
            reportedAt = now;
            failing = true;
            LOG.warn("Cannot write replay id {} of channel {} to the replay store; streaming goes on and the write is "
                    + "retried: {}", position, channel, failure.toString());
        } else if (now - reportedAt >= OUTAGE_REPORT_EVERY.toNanos()) {
            reportedAt = now;
            LOG.warn("The replay store still cannot be written after {} s (channel {} is at replay id {}): {}",
                    Duration.ofNanos(now - failingSince).toSeconds(), channel, position, failure.toString());
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException unexpected) {
            LOG.error("Unexpected failure while committing replay ids", unexpected);
        }
    }

    /** Stops the periodic writes and writes once more. */
    boolean stop() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return flush();
    }

    /** Stops the periodic writes without writing: what a crash would leave behind. */
    void abandon() {
        registry.remove(unavailable);
        ticker.shutdownNow();
    }
}
