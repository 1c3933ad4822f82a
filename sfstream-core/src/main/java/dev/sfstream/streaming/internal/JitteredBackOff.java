package dev.sfstream.streaming.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th consecutive failure waits between half and all of
 * {@code min(cap, base * 2^(n-1))}, so that many clients failing together do not retry together.
 */
record JitteredBackOff(Duration base, Duration cap) {
    /** The wait after {@code failures} consecutive failures; zero for none. */
    Duration delay(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long ceiling = ceilingMillis(failures);
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }

    long ceilingMillis(int failures) {
        long factor = 1L << Math.min(failures - 1, 30);
        long capMillis = cap.toMillis();
        long baseMillis = base.toMillis();
        return baseMillis > capMillis / factor ? capMillis : Math.min(capMillis, baseMillis * factor);
    }

    /** A long wait (minutes) with ±20% jitter, for busy servers and exhausted limits. */
    static Duration jittered(Duration wait) {
        long millis = wait.toMillis();
        long spread = millis / 5;
        return Duration.ofMillis(millis - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
    }
}
