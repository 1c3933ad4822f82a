package dev.sfstream.emulator.internal.pubsub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Pub/Sub faults armed through the control API: the next N calls fail with {@code UNAVAILABLE}; streams
 * stall (no responses, no keepalives) until cleared; every response is delayed.
 */
public final class PubSubFaults {
    private final AtomicInteger unavailableCalls = new AtomicInteger();
    private volatile boolean stalled;
    private volatile long delayMillis;

    public void failNextCalls(int count) {
        unavailableCalls.set(count);
    }

    /** Whether this call must fail with {@code UNAVAILABLE} (each failure uses one of the armed calls). */
    boolean takeUnavailable() {
        return unavailableCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public void stall(boolean value) {
        this.stalled = value;
    }

    boolean stalled() {
        return stalled;
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    long delayMillis() {
        return delayMillis;
    }

    public void clear() {
        unavailableCalls.set(0);
        stalled = false;
        delayMillis = 0;
    }

    public Map<String, Object> describe() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unavailableCalls", unavailableCalls.get());
        state.put("stalled", stalled);
        state.put("delayMillis", delayMillis);
        return state;
    }
}
