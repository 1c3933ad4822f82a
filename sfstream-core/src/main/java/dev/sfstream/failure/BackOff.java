package dev.sfstream.failure;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off, the one policy of sfstream's retries (REST, streaming reconnects, the broker, handlers):
 * the n-th retry waits up to {@code min(cap, base * 2^(n-1))}, less a random part of at most {@code jitter} of
 * that ceiling, so that many clients failing together do not retry together.
 *
 * @param base the ceiling of the first retry
 * @param cap the largest ceiling
 * @param jitter the share of the ceiling that may be taken off at random, from 0 (none) to 1
 */
public record BackOff(Duration base, Duration cap, double jitter) {
    public BackOff {
        if (base == null || cap == null || base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 <= base <= cap, got " + base + " and " + cap);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("back-off jitter must be between 0 and 1, got " + jitter);
        }
    }

    /** The wait before retry {@code retry} (1 for the first); zero for none. */
    public Duration delay(int retry) {
        if (retry <= 0) {
            return Duration.ZERO;
        }
        long ceiling = ceilingMillis(retry);
        long spread = (long) (ceiling * jitter);
        return Duration.ofMillis(ceiling - (spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(spread + 1)));
    }

    /** The longest wait before retry {@code retry}. */
    public long ceilingMillis(int retry) {
        long factor = 1L << Math.min(Math.max(retry - 1, 0), 30);
        long capMillis = cap.toMillis();
        long baseMillis = base.toMillis();
        return baseMillis > capMillis / factor ? capMillis : Math.min(capMillis, baseMillis * factor);
    }

    /** {@code wait} give or take a fifth, for long waits (busy servers, exhausted limits). */
    public static Duration around(Duration wait) {
        long millis = wait.toMillis();
        long spread = millis / 5;
        return Duration.ofMillis(millis - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
    }
}
