package dev.sfstream.pubsub.internal;

/** What the transport does about a failed {@code Subscribe} (or {@code GetTopic}) call. */
enum Verdict {
    /** The token was refused: log in again (once for all topics), then resubscribe from the watermark. */
    LOG_IN_AGAIN,
    /** The replay id was rejected as corrupted or no longer retained: apply {@code REPLAY_FALLBACK}, once. */
    FALL_BACK,
    /** The topic cannot be subscribed (unknown, no access, a request sfstream got wrong): stop it for good. */
    REFUSE,
    /** An org limit was hit: wait the long back-off. */
    WAIT_LONG,
    /** Unavailable, internal, reset, silent or closed: reconnect with back-off from the watermark. */
    RECONNECT;

    static Verdict of(RpcFailure failure) {
        return switch (failure.code()) {
            case UNAUTHENTICATED -> LOG_IN_AGAIN;
            case INVALID_ARGUMENT -> failure.errorCodeContains("replayid") ? FALL_BACK : REFUSE;
            // A managed subscription still held by this client's previous stream frees up once the server sees it end.
            case FAILED_PRECONDITION -> failure.errorCodeContains("concurrent") ? RECONNECT : REFUSE;
            case NOT_FOUND, PERMISSION_DENIED, UNIMPLEMENTED -> REFUSE;
            case RESOURCE_EXHAUSTED -> WAIT_LONG;
            default -> RECONNECT;
        };
    }
}
