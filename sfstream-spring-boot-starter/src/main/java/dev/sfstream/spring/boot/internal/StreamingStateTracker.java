package dev.sfstream.spring.boot.internal;

import dev.sfstream.streaming.StateChange;
import dev.sfstream.streaming.StateListener;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Remembers the latest state change of a service's streaming session, for its health. */
public final class StreamingStateTracker implements StateListener {
    private final AtomicReference<StateChange> latest = new AtomicReference<>();

    @Override
    public void onStateChange(StateChange change) {
        latest.set(change);
    }

    /** The latest change; empty before the session first reported one. */
    public Optional<StateChange> latest() {
        return Optional.ofNullable(latest.get());
    }
}
