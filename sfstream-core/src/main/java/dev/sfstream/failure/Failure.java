package dev.sfstream.failure;

import java.util.Objects;

/**
 * Why a streaming session, and with it a service, failed for good: what kind of failure, Salesforce's error
 * code when it gave one, whether starting again may help, and the cause. {@link #toString()} is the message.
 *
 * @param kind what failed
 * @param errorCode Salesforce's error, e.g. {@code 400::API version 36.0 is not supported} or {@code INVALID_LOGIN};
 *     null when there is none
 * @param retriable whether starting the service again may succeed (the condition can pass); false when a
 *     configuration or a permission must change first
 * @param message what happened, for people
 * @param cause the exception behind it, or null
 */
public record Failure(Kind kind, String errorCode, boolean retriable, String message, Throwable cause) {
    /** What failed. */
    public enum Kind {
        /** Salesforce refused the login (credentials, connected app, user). */
        LOGIN_REFUSED,
        /** Salesforce refused the streaming session itself (API version, connection type). */
        CONFIGURATION,
        /** Salesforce refused every subscription (unknown channel, no access). */
        SUBSCRIPTIONS_REFUSED,
        /** A stored replay id is no longer retained and {@code REPLAY_FALLBACK} is {@code fail}. */
        REPLAY_POSITION_LOST,
        /** A dependency of the handlers stayed unavailable past {@code DEPENDENCY_OUTAGE_LIMIT}. */
        DEPENDENCY_OUTAGE,
        /** The leader could not start streaming, or sfstream itself failed unexpectedly. */
        INTERNAL
    }

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A failure without a Salesforce error code or cause. */
    public static Failure of(Kind kind, boolean retriable, String message) {
        return new Failure(kind, null, retriable, message, null);
    }

    @Override
    public String toString() {
        return message;
    }
}
