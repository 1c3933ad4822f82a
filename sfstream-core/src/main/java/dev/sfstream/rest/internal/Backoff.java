package dev.sfstream.rest.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Bounded exponential back-off with jitter: the n-th retry waits between half and all of
 * {@code min(max, initial * 2^(n-1))}.
 */
record Backoff(Duration initial, Duration max) {
    Duration before(int retry) {
        long ceiling = max.toMillis();
        long exponential = initial.toMillis() << Math.min(retry - 1, 20);
        long bound = Math.min(ceiling, exponential);
        long half = bound / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(bound - half + 1));
    }
}
