package dev.sfstream.streaming.internal;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.streaming.spi.StreamContext;
import dev.sfstream.replay.ReplayDefault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the replay id each subscribe request carries, and closes the one gap replay ids cannot: a
 * channel that started with {@code -1} and has no watermark yet when its session is lost. Subscribing
 * with {@code -1} again would skip every event published while the session was down, so the channel is
 * subscribed with {@code -2} instead and the replayed events created before its first subscription are
 * passed over (and still advance the watermark, which gives the channel a real position).
 */
final class StartPositions {
    private static final Logger LOG = LoggerFactory.getLogger(StartPositions.class);
    /**
     * Event times come from Salesforce's clock, the start time from ours: events created up to this much
     * before the first subscription are delivered too, rather than risk skipping new ones.
     */
    static final Duration CLOCK_ALLOWANCE = Duration.ofSeconds(5);

    private final StreamContext watermarks;
    private final ReplayDefault replayDefault;
    private final Clock clock;

    StartPositions(StreamContext watermarks, ReplayDefault replayDefault, Clock clock) {
        this.watermarks = watermarks;
        this.replayDefault = replayDefault;
        this.clock = clock;
    }

    /** The replay id to send now: the watermark, else the fallback's, else the default. */
    long startOf(ChannelSubscription subscription) {
        String channel = subscription.channel();
        OptionalLong watermark = watermarks.position(channel);
        if (watermark.isPresent()) {
            subscription.requested(watermark.getAsLong(), false);
            return watermark.getAsLong();
        }
        long start = subscription.fallbackStart() != null ? subscription.fallbackStart() : replayDefault.replayId();
        if (start != ReplayDefault.NEW.replayId()) {
            subscription.requested(start, false);
            return start;
        }
        if (subscription.newSince() == null) {
            subscription.startNewOnly(clock.instant().minus(CLOCK_ALLOWANCE));
            subscription.requested(start, false);
            return start;
        }
        LOG.info("Channel {} had no event yet when its session was lost: subscribing with replay id -2 and passing "
                + "over retained events created before {}", channel, subscription.newSince());
        subscription.requested(ReplayDefault.ALL.replayId(), true);
        return ReplayDefault.ALL.replayId();
    }

    /** Whether a received event is one of the retained events from before the channel's new-only start. */
    boolean predatesStart(ChannelSubscription subscription, StreamEvent event) {
        Instant since = subscription.newSince();
        if (!subscription.replayingForGap() || since == null) {
            return false;
        }
        return event.createdDate().map(created -> created.isBefore(since)).orElse(false);
    }

    /** Counts a passed-over event as done, so that the watermark reaches it and later starts resume from it. */
    void passOver(String channel, long replayId) {
        watermarks.passOver(channel, replayId);
    }
}
