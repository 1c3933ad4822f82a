package dev.sfstream.streaming.spi;

import dev.sfstream.streaming.StateChange;
import dev.sfstream.streaming.StateListener;
import dev.sfstream.streaming.StreamingState;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds a transport's state, logs each transition and tells the listeners, in order; for {@link Transport}s. */
public final class StateBroadcaster {
    private static final Logger LOG = LoggerFactory.getLogger(StateBroadcaster.class);

    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final BooleanSupplier stopping;
    private final Clock clock = Clock.systemUTC();
    private volatile StreamingState state = StreamingState.STARTING;

    /** @param stopping once true, only the final move to {@code STOPPED} is still reported */
    public StateBroadcaster(BooleanSupplier stopping) {
        this.stopping = stopping;
    }

    public StreamingState state() {
        return state;
    }

    public void addListener(StateListener listener) {
        listeners.add(listener);
    }

    /** Moves to {@code to}, unless already there, stopped, or stopping (then only {@code STOPPED} is taken). */
    public synchronized void moveTo(StreamingState to, String reason) {
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
