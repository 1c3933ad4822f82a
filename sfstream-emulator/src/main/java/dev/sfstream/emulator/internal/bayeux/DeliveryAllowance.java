package dev.sfstream.emulator.internal.bayeux;

import dev.sfstream.emulator.spi.EmulatorClock;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * The org's daily delivery allocation: at most {@code limit} event deliveries in any rolling 24 hours
 * of the emulator clock, counted per minute. A limit of 0 means unlimited.
 */
final class DeliveryAllowance {
    private static final long WINDOW_MILLIS = Duration.ofHours(24).toMillis();
    private static final long BUCKET_MILLIS = Duration.ofMinutes(1).toMillis();

    private final EmulatorClock clock;
    private final long limit;
    private final ArrayDeque<long[]> buckets = new ArrayDeque<>();
    private long total;

    DeliveryAllowance(EmulatorClock clock, long limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one delivery; false (and nothing counted) when the allocation is used up. */
    boolean tryConsume() {
        // Unlimited (the default) is decided without the lock: this runs for every delivered event.
        return limit <= 0 || consumeCounted();
    }

    private synchronized boolean consumeCounted() {
        long now = clock.millis();
        expire(now);
        if (total >= limit) {
            return false;
        }
        long bucket = now / BUCKET_MILLIS;
        long[] last = buckets.peekLast();
        if (last != null && last[0] == bucket) {
            last[1]++;
        } else {
            buckets.addLast(new long[] {bucket, 1});
        }
        total++;
        return true;
    }

    boolean isExhausted() {
        return limit > 0 && exhaustedCounted();
    }

    private synchronized boolean exhaustedCounted() {
        expire(clock.millis());
        return total >= limit;
    }

    synchronized long used() {
        expire(clock.millis());
        return total;
    }

    private void expire(long now) {
        long oldestBucket = (now - WINDOW_MILLIS) / BUCKET_MILLIS;
        while (!buckets.isEmpty() && buckets.peekFirst()[0] <= oldestBucket) {
            total -= buckets.removeFirst()[1];
        }
    }
}
