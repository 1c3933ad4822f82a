package dev.sfstream.streaming.internal;

import dev.sfstream.streaming.StateChange;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingState;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds a session's state, logs each transition and tells the listeners, in order. */
final class StateBroadcaster {
    private static final Logger LOG = LoggerFactory.getLogger(StateBroadcaster.class);

    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final BooleanSupplier stopping;
    private final Clock clock = Clock.systemUTC();
    private volatile StreamingState state = StreamingState.STARTING;

    /** @param stopping once true, only the final move to {@code STOPPED} is still reported */
    StateBroadcaster(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    StreamingState state() {
        return state;
    }

    void addListener(StateListener listener) {
        listeners.add(listener);
    }

    synchronized void moveTo(StreamingState to, String reason) {
        StreamingState from = state;
        if (from == to || from == StreamingState.STOPPED || stopping.getAsBoolean() && to != StreamingState.STOPPED) {
            return;
        }
        state = to;
        LOG.info("Streaming session {} -> {}: {}", from, to, reason);
        StateChange change = new StateChange(from, to, reason, clock.instant());
        for (StateListener listener : listeners) {
            try {
                listener.onStateChange(change);
            } catch (RuntimeException broken) {
                LOG.warn("State listener {} failed on {}", listener, change, broken);
            }
        }
    }
}
