package dev.sfstream.streaming.internal;

/** The classes of Bayeux and transport failures, each with one recovery action (salesforce-protocol 2.9). */
enum FailureKind {
    /** {@code 403::Unknown client} and kin: the server lost the session. Handshake and resubscribe. */
    SESSION_LOST,
    /** {@code 401::...}: the token was revoked or is invalid. Log in again, then handshake. */
    AUTHENTICATION,
    /** {@code 400::The replayId {N} ...}: the stored position is no longer retained. Apply the fallback. */
    INVALID_REPLAY_ID,
    /** {@code 503::} and org limits: wait long, then resume from the watermark. */
    OVERLOAD,
    /** The server sent {@code /meta/disconnect}. Handshake and resubscribe. */
    SERVER_DISCONNECT,
    /** Network errors, HTTP 5xx, unexpected replies: retry with exponential back-off. */
    TRANSPORT,
    /** The session's configuration is wrong (API version, connection type): retrying cannot help. */
    CONFIGURATION,
    /** Salesforce refused one subscription for good (unknown channel, no access): stop that subscription. */
    SUBSCRIPTION_REJECTED,
    /** A message the client itself withdrew (a poll held back while stopping): nothing to do. */
    WITHDRAWN
}
