package dev.sfstream.delivery.internal;

import dev.sfstream.failure.SfstreamException;
import java.time.Duration;

/** A handler ran longer than {@code HANDLER_TIMEOUT}: it was interrupted and the attempt counts as failed. */
final class HandlerTimeoutException extends SfstreamException {
    HandlerTimeoutException(String channel, long replayId, Duration timeout) {
        super("the handler of channel " + channel + " ran longer than " + timeout.toMillis()
                + " ms (HANDLER_TIMEOUT) on replay id " + replayId + " and was interrupted");
    }
}
