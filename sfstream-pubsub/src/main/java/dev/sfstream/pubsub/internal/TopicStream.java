package dev.sfstream.pubsub.internal;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the transport keeps about one topic across its {@code Subscribe} calls: the live call, whether it is open,
 * consecutive failures, and what its start passes over (where it starts is the replay side's). Changed on the
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
    ScheduledFuture<?> pendingAttempt;
    /** The widest replay id the channel's streams delivered, in bytes: ids sent back are as wide. */
    volatile int idWidth;
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
        if (call != null) {
            call.cancel(reason);
        }
        ended(call);
    }

    /** Forgets the live call {@code call}, keeping what it learnt of the channel's replay ids. */
    void ended(SubscribeCall call) {
        if (call != null) {
            idWidth = Math.max(idWidth, call.idWidth());
        }
        current = null;
        open = false;
    }
}
