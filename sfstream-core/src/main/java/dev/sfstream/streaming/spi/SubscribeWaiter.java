package dev.sfstream.streaming.spi;

import dev.sfstream.streaming.StreamingState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Lets callers of {@link Transport#awaitSubscribed} wait until the transport is connected and every channel's
 * subscription is answered; the transport calls {@link #changed} after every state change and answer.
 */
public final class SubscribeWaiter {
    private final Object monitor = new Object();
    private final Supplier<StreamingState> state;
    private final BooleanSupplier allAnswered;

    /** @param allAnswered whether every active channel's subscription is answered */
    public SubscribeWaiter(Supplier<StreamingState> state, BooleanSupplier allAnswered) {
        this.state = state;
        this.allAnswered = allAnswered;
    }

    /** Wakes the waiters up to look again. */
    public void changed() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** True once connected with every channel answered; false on timeout, failure or stop. */
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                StreamingState now = state.get();
                if (now == StreamingState.FAILED || now == StreamingState.STOPPED) {
                    return false;
                }
                if (now == StreamingState.CONNECTED && allAnswered.getAsBoolean()) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(monitor, left);
            }
        }
    }
}
