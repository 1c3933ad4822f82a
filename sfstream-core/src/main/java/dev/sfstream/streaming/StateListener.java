package dev.sfstream.streaming;

/** Told about every state change of a streaming session, in order, on the session's recovery thread. Must not block. */
@FunctionalInterface
public interface StateListener {
    void onStateChange(StateChange change);
}
