package dev.sfstream.soak;

/**
 * The faults the soak injects, each the way Salesforce or the network produces it. The last four only in the
 * whole-service soak ({@link #wholeServiceOnly()}), which has a broker, a Pub/Sub channel and relays to cut.
 */
public enum FaultKind {
    /** The server forgets every session: next request gets {@code 403::Unknown client}. */
    DROPPED_SESSIONS,
    /** Every access token is revoked: {@code 401::Authentication invalid}, the client must log in again. */
    REVOKED_TOKENS,
    /** {@code 503::Server is too busy} on a connect. */
    SERVER_TOO_BUSY,
    /** An HTTP 502 from a proxy on the next Bayeux request. */
    HTTP_502,
    /** The next few Bayeux requests are slowed down. */
    DELAYS,
    /** The server ends the client's connect with a {@code /meta/disconnect}. */
    SERVER_DISCONNECT,
    /** A Bayeux connection is closed without an answer. */
    CONNECTION_RESET,
    /** The replay store's Redis is restarted (a private Redis, never the shared one). */
    REDIS_RESTART,
    /** Every open Pub/Sub stream is ended with {@code INTERNAL}. */
    PUBSUB_STREAMS_CLOSED,
    /** The next few Pub/Sub calls fail with {@code UNAVAILABLE}. */
    PUBSUB_UNAVAILABLE,
    /** The TCP relay between the service and RabbitMQ is cut for a while (connections reset, new ones refused). */
    BROKER_LOSS,
    /**
     * The emulator goes away for a while and comes back without its sessions, streams and tokens, but with its
     * org and retained events (both its ports are cut at their relays; see the benchmarks README).
     */
    EMULATOR_RESTART;

    /** Whether only the whole-service soak injects this fault. */
    public boolean wholeServiceOnly() {
        return ordinal() >= PUBSUB_STREAMS_CLOSED.ordinal();
    }
}
