package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.streaming.ReplayDefault;
import dev.sfstream.streaming.spi.StreamContext;
import java.util.OptionalLong;

/**
 * The first request of a topic's {@code Subscribe} call: {@code CUSTOM} after the channel's position (its
 * watermark, or the replay store's), else the fallback's preset after a rejected replay id, else
 * {@code REPLAY_DEFAULT} ({@code new} is {@code LATEST}, {@code all} is {@code EARLIEST}).
 */
final class StartRequests {
    private StartRequests() {
    }

    /** @throws dev.sfstream.replay.ReplayStoreException when the replay store cannot be read */
    static FetchRequest first(TopicStream topic, StreamContext context) {
        FetchRequest.Builder request = FetchRequest.newBuilder().setTopicName(topic.channel());
        // After a rejected id the store still holds it: only positions reached since count, else the fallback.
        OptionalLong position = topic.fallback == null ? context.load(topic.channel())
                : context.position(topic.channel());
        if (position.isPresent()) {
            topic.fromFallback = false;
            return request.setReplayPreset(ReplayPreset.CUSTOM).setReplayId(ReplayIds.of(position.getAsLong())).build();
        }
        if (topic.fallback != null) {
            topic.fromFallback = true;
            return request.setReplayPreset(topic.fallback).build();
        }
        return request.setReplayPreset(context.settings().replay().replayDefault() == ReplayDefault.ALL
                ? ReplayPreset.EARLIEST : ReplayPreset.LATEST).build();
    }

    /** For logs: {@code LATEST}, {@code EARLIEST} or {@code after replay id N}. */
    static String describe(FetchRequest first) {
        return first.getReplayPreset() == ReplayPreset.CUSTOM
                ? "after replay id " + ReplayIds.toPosition(first.getReplayId(), first.getTopicName())
                : first.getReplayPreset().name();
    }
}
