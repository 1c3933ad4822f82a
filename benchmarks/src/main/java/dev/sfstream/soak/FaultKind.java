package dev.sfstream.soak;

/** The faults the soak injects, each the way Salesforce or the network produces it. */
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
    REDIS_RESTART
}
