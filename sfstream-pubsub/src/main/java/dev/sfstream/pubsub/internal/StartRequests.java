package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.streaming.spi.StreamContext;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first request of a topic's {@code Subscribe} call: {@code CUSTOM} after the channel's position (its
 * watermark, or the replay store's), else the fallback's preset after a rejected replay id, else
 * {@code REPLAY_DEFAULT} ({@code new} is {@code LATEST}, {@code all} is {@code EARLIEST}). A {@code LATEST} channel
 * that lost its stream before it had a position is subscribed {@code EARLIEST} instead, passing over the events
 * created before its first subscription: {@code LATEST} again would skip those published meanwhile.
 */
final class StartRequests {
    /** Salesforce's clock and ours differ: events created this much before the start are delivered too. */
    static final Duration CLOCK_ALLOWANCE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(StartRequests.class);

    private StartRequests() {
    }

    /** @throws dev.sfstream.replay.ReplayStoreException when the replay store cannot be read */
    static FetchRequest first(TopicStream topic, StreamContext context) {
        FetchRequest.Builder request = FetchRequest.newBuilder().setTopicName(topic.channel());
        topic.passOverBefore = null;
        // After a rejected id the store still holds it: only positions reached since count, else the fallback.
        OptionalLong position = topic.fallback == null ? context.load(topic.channel())
                : context.position(topic.channel());
        if (position.isPresent()) {
            topic.fromFallback = false;
            return request.setReplayPreset(ReplayPreset.CUSTOM)
                    .setReplayId(ReplayIds.of(position.getAsLong(), topic.idWidth)).build();
        }
        if (topic.fallback != null) {
            topic.fromFallback = true;
            return request.setReplayPreset(topic.fallback).build();
        }
        if (context.settings().replay().replayDefault() == ReplayDefault.ALL) {
            return request.setReplayPreset(ReplayPreset.EARLIEST).build();
        }
        if (topic.newOnlySince == null) {
            topic.newOnlySince = Instant.now().minus(CLOCK_ALLOWANCE);
            return request.setReplayPreset(ReplayPreset.LATEST).build();
        }
        LOG.info("Channel {} had no event yet when its Pub/Sub stream was lost: subscribing EARLIEST and passing over "
                + "retained events created before {}", topic.channel(), topic.newOnlySince);
        topic.passOverBefore = topic.newOnlySince;
        return request.setReplayPreset(ReplayPreset.EARLIEST).build();
    }

    /** For logs: {@code LATEST}, {@code EARLIEST} or {@code after replay id N}. */
    static String describe(FetchRequest first) {
        return first.getReplayPreset() == ReplayPreset.CUSTOM
                ? "after replay id " + ReplayIds.toPosition(first.getReplayId(), first.getTopicName())
                : first.getReplayPreset().name();
    }
}
