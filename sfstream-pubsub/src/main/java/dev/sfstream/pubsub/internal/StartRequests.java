package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.SessionReplay.Start;
import dev.sfstream.streaming.spi.StreamContext;

/**
 * The first request of a topic's {@code Subscribe} call: where the session's replay side starts the channel
 * ({@link StreamContext#start}), encoded as {@code CUSTOM} after its position, {@code EARLIEST} (every retained
 * event) or {@code LATEST} (new ones). The events the start passes over are noted on the topic for its call.
 */
final class StartRequests {
    private StartRequests() {
    }

    /** @throws dev.sfstream.replay.ReplayStoreException when the replay store cannot be read */
    static FetchRequest first(TopicStream topic, StreamContext context) {
        FetchRequest.Builder request = FetchRequest.newBuilder().setTopicName(topic.channel());
        context.load(topic.channel());
        Start start = context.start(topic.channel());
        topic.passOverBefore = start.passOverBefore().orElse(null);
        if (start.position().isPresent()) {
            return request.setReplayPreset(ReplayPreset.CUSTOM)
                    .setReplayId(ReplayIds.of(start.position().getAsLong(), topic.idWidth)).build();
        }
        return request.setReplayPreset(presetOf(start.preset())).build();
    }

    /** {@code ALL} is {@code EARLIEST}, {@code NEW} is {@code LATEST}. */
    static ReplayPreset presetOf(ReplayDefault preset) {
        return preset == ReplayDefault.ALL ? ReplayPreset.EARLIEST : ReplayPreset.LATEST;
    }

    /** For logs: {@code LATEST}, {@code EARLIEST} or {@code after replay id N}. */
    static String describe(FetchRequest first) {
        return first.getReplayPreset() == ReplayPreset.CUSTOM
                ? "after replay id " + ReplayIds.toPosition(first.getReplayId(), first.getTopicName())
                : first.getReplayPreset().name();
    }
}
