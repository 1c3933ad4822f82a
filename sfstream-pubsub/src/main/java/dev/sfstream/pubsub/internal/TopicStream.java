package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.ReplayPreset;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the transport keeps about one topic across its {@code Subscribe} calls: the live call, whether it is open,
 * consecutive failures, and the fallback start after Salesforce rejected its stored replay id. Changed on the
 * transport's loop thread, except where noted.
 */
final class TopicStream {
    private final String channel;
    /** Consecutive failures without a response in between; reset from gRPC's threads. */
    final AtomicInteger failures = new AtomicInteger();
    volatile SubscribeCall current;
    volatile boolean open;
    volatile boolean active = true;
    volatile Instant lastEventAt;
    /** Where to start when no position is known, after a rejected replay id; null until then. */
    ReplayPreset fallback;
    /** Whether the running subscription started from {@link #fallback}: a second rejection is not retried. */
    boolean fromFallback;
    ScheduledFuture<?> pendingAttempt;
    /** When the channel first subscribed {@code LATEST} with no position; null until then. */
    Instant newOnlySince;
    /** Events created before this are passed over by the running subscription; null for none. */
    Instant passOverBefore;

    TopicStream(String channel) {
        this.channel = channel;
    }

    String channel() {
        return channel;
    }

    /** Closes the live call, if any, and forgets it. */
    void drop(String reason) {
        SubscribeCall call = current;
        current = null;
        open = false;
        if (call != null) {
            call.cancel(reason);
        }
    }
}
