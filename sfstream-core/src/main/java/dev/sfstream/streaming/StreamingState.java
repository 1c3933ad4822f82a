package dev.sfstream.streaming;

/** The state of a streaming session, as reported to {@link StateListener}s. */
public enum StreamingState {
    /** Logging in, handshaking and subscribing for the first time. */
    STARTING,
    /** Polling: events flow. */
    CONNECTED,
    /** The session was lost (dropped, revoked, disconnected by the server, network error) and is being re-established. */
    RECONNECTING,
    /** Waiting before the next attempt: after repeated failures, a busy server or an exhausted org limit. */
    BACKING_OFF,
    /** Stopped on request. */
    STOPPED,
    /** Given up because of an error that retrying cannot fix; {@link StreamingSession#failure()} says which. */
    FAILED
}
