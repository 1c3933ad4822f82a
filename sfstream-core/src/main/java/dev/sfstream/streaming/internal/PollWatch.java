package dev.sfstream.streaming.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.cometd.bayeux.Message;

/**
 * Watches that every {@code /meta/connect} sent is answered in time. An answer CometD cannot use (an empty
 * array, a connect reply without its id, ...) leaves the client with no poll in flight and no error; only
 * the clock shows it. The deadline is the server's {@code timeout} advice plus the network delay and a margin.
 */
final class PollWatch {
    /** Salesforce's connect timeout advice, used until the server advises one. */
    private static final long DEFAULT_TIMEOUT_MILLIS = 110_000;
    private static final Duration MARGIN = Duration.ofSeconds(1);

    private final Duration maxNetworkDelay;
    private volatile long advisedTimeoutMillis = DEFAULT_TIMEOUT_MILLIS;
    /** {@link System#nanoTime()} when the unanswered poll was sent; 0 when none is outstanding. */
    private volatile long outstandingSince;

    PollWatch(Duration maxNetworkDelay) {
        this.maxNetworkDelay = maxNetworkDelay;
    }

    /** A {@code /meta/connect} left for the server (after any hold for backpressure). */
    void sent() {
        outstandingSince = nonZero(System.nanoTime());
    }

    /** CometD matched a reply to the outstanding poll. */
    void answered() {
        outstandingSince = 0;
    }

    /** Takes the {@code timeout} advice of a handshake or connect reply, if it has one. */
    void advised(Message reply) {
        Map<String, Object> advice = reply.getAdvice();
        if (advice != null && advice.get(Message.TIMEOUT_FIELD) instanceof Number timeout && timeout.longValue() >= 0) {
            advisedTimeoutMillis = timeout.longValue();
        }
    }

    /** Why the outstanding poll counts as lost, if it was sent longer ago than the deadline. */
    Optional<String> overdue() {
        long since = outstandingSince;
        if (since == 0) {
            return Optional.empty();
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - since);
        Duration deadline = deadline();
        if (waited.compareTo(deadline) <= 0) {
            return Optional.empty();
        }
        return Optional.of("no usable answer to /meta/connect after " + waited.toMillis() + " ms (deadline "
                + deadline.toMillis() + " ms: the server's timeout advice " + advisedTimeoutMillis
                + " ms + maxNetworkDelay " + maxNetworkDelay.toMillis() + " ms + " + MARGIN.toMillis() + " ms)");
    }

    Duration deadline() {
        return Duration.ofMillis(advisedTimeoutMillis).plus(maxNetworkDelay).plus(MARGIN);
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }
}
