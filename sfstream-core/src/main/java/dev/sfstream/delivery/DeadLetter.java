package dev.sfstream.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * An event whose handler kept failing after every retry.
 *
 * @param event the event, with its raw data
 * @param attempts how many times the handler was called
 * @param failure the last failure: exception class and message
 * @param failedAt when the last attempt failed
 */
public record DeadLetter(StreamEvent event, int attempts, String failure, Instant failedAt) {
    public DeadLetter {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(failedAt, "failedAt");
    }

    /** Describes a throwable as {@code ClassName: message}. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getName() + (message == null ? "" : ": " + message);
    }
}
