package dev.sfstream.emulator.spi;

import java.time.Duration;

/**
 * Pub/Sub API timers: the keepalive sent on a Subscribe stream that is owed events but has none to send,
 * how long a Subscribe stream owed nothing waits for a new FetchRequest, and how long a PublishStream waits
 * for a request before the server closes it. Salesforce's values are the defaults; tests shorten them.
 */
public record PubSubTimers(Duration keepalive, Duration subscribeIdle, Duration publishIdle) {
    public static final PubSubTimers SALESFORCE =
            new PubSubTimers(Duration.ofSeconds(270), Duration.ofSeconds(60), Duration.ofSeconds(70));

    public PubSubTimers {
        EmulatorTimers.requirePositive("keepalive", keepalive);
        EmulatorTimers.requirePositive("subscribeIdle", subscribeIdle);
        EmulatorTimers.requirePositive("publishIdle", publishIdle);
    }

    /** Short timers for tests: 1 s keepalive, 3 s idle windows. */
    public static PubSubTimers fast() {
        return new PubSubTimers(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(3));
    }
}
