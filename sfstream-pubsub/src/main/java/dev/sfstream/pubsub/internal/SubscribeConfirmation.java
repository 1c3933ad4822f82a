package dev.sfstream.pubsub.internal;

import java.time.Duration;

/**
 * When a {@code Subscribe} (or {@code ManagedSubscribe}) call counts as accepted. Salesforce does not acknowledge
 * the call: it refuses a bad first request (topic, replay id, permission) at once with an error, and otherwise sends
 * events when there are some or a keepalive within 270 s. So a call is accepted at its first response, or when no
 * refusal came within a few round trips of the {@code GetTopic} check that preceded it (four times that round trip,
 * between {@link #SHORTEST} and {@link #LONGEST}): a start never waits for a keepalive.
 */
final class SubscribeConfirmation {
    static final Duration SHORTEST = Duration.ofMillis(250);
    static final Duration LONGEST = Duration.ofSeconds(2);
    private static final int ROUND_TRIPS = 4;

    private SubscribeConfirmation() {
    }

    /** How long to wait for a refusal, given how long the {@code GetTopic} call took. */
    static Duration window(Duration getTopicRoundTrip) {
        Duration window = getTopicRoundTrip.multipliedBy(ROUND_TRIPS);
        return window.compareTo(SHORTEST) < 0 ? SHORTEST : window.compareTo(LONGEST) > 0 ? LONGEST : window;
    }
}
