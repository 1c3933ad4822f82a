package dev.sfstream.streaming;

import java.time.Instant;

/**
 * One transition of a streaming session's state.
 *
 * @param from the previous state
 * @param to the new state
 * @param reason why, e.g. {@code 403::Unknown client on /meta/connect}
 * @param at when
 */
public record StateChange(StreamingState from, StreamingState to, String reason, Instant at) {
}
