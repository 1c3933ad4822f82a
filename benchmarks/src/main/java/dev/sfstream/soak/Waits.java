package dev.sfstream.soak;

import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Pacing the traffic and waiting for counts to settle. */
public final class Waits {
    private static final long SETTLE_SECONDS = 10;

    private Waits() {
    }

    /** Sleeps until {@code deadlineNanos} ({@link System#nanoTime()}); returns early, flagged, when interrupted. */
    public static void sleepUntil(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits up to 10 s for a count to come back to {@code baseline} (plus the leak tolerance); returns the last reading. */
    public static int settledCount(IntSupplier reading, int baseline) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
        int value = reading.getAsInt();
        while (value > baseline + SoakReport.LEAK_TOLERANCE && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
            value = reading.getAsInt();
        }
        return value;
    }
}
