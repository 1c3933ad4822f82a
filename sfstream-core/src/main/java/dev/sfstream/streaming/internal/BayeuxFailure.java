package dev.sfstream.streaming.internal;

/**
 * A classified failure.
 *
 * @param kind what to do about it
 * @param metaChannel the Bayeux channel of the failed message, e.g. {@code /meta/connect}
 * @param error the Salesforce error string (the {@code failureReason} when there is one), or a transport description
 * @param rejectedReplayId for {@link FailureKind#INVALID_REPLAY_ID}, the id Salesforce rejected; else null
 */
record BayeuxFailure(FailureKind kind, String metaChannel, String error, Long rejectedReplayId) {
    /** A one-line description for logs and state changes. */
    String describe() {
        return error + " on " + metaChannel;
    }
}
