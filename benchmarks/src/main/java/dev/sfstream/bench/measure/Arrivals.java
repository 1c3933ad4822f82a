package dev.sfstream.bench.measure;

import dev.sfstream.bench.client.EventSink;
import dev.sfstream.bench.emulator.BenchEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts the events a client handled, remembers when the last one arrived, and keeps each event's
 * publish-to-handler latency (up to a capacity). {@link #reset()} starts a new measurement.
 */
public final class Arrivals implements EventSink {
    private final AtomicLongArray latencyMicros;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong lastArrivalNanos = new AtomicLong();
    private final AtomicLong highestReplayId = new AtomicLong(-1);
    private final Object arrived = new Object();
    private volatile long awaited = Long.MAX_VALUE;

    /** Keeps up to {@code latencyCapacity} latencies; further events are only counted. */
    public Arrivals(int latencyCapacity) {
        this.latencyMicros = new AtomicLongArray(latencyCapacity);
    }

    @Override
    public void onEvent(Map<String, Object> data) {
        long nowMicros = BenchEvents.micros(Instant.now());
        long index = count.getAndIncrement();
        long sent = BenchEvents.sentAtMicros(data);
        if (sent > 0 && index < latencyMicros.length()) {
            latencyMicros.set((int) index, nowMicros - sent);
        }
        highestReplayId.accumulateAndGet(BenchEvents.replayId(data), Math::max);
        lastArrivalNanos.set(System.nanoTime());
        if (index + 1 >= awaited) {
            synchronized (arrived) {
                arrived.notifyAll();
            }
        }
    }

    /** Forgets every arrival. */
    public void reset() {
        count.set(0);
        lastArrivalNanos.set(0);
        for (int i = 0; i < latencyMicros.length(); i++) {
            latencyMicros.set(i, 0);
        }
    }

    public long count() {
        return count.get();
    }

    /** {@link System#nanoTime()} of the latest arrival, 0 before the first. */
    public long lastArrivalNanos() {
        return lastArrivalNanos.get();
    }

    public long highestReplayId() {
        return highestReplayId.get();
    }

    /** Waits until {@code target} events arrived; false on timeout. */
    public boolean await(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaited = target;
        synchronized (arrived) {
            while (count.get() < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(arrived, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
        }
        return true;
    }

    /** The latencies recorded since the last reset, in microseconds, unsorted. */
    public long[] latenciesMicros() {
        int recorded = (int) Math.min(count.get(), latencyMicros.length());
        long[] copy = new long[recorded];
        for (int i = 0; i < recorded; i++) {
            copy[i] = latencyMicros.get(i);
        }
        return Arrays.stream(copy).filter(v -> v != 0).toArray();
    }
}
