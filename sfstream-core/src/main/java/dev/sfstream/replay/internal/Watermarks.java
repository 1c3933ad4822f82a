package dev.sfstream.replay.internal;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The commit watermark of every channel of a streaming session. */
final class Watermarks {
    private final Map<String, ChannelWatermark> channels = new ConcurrentHashMap<>();

    private ChannelWatermark of(String channel) {
        return channels.computeIfAbsent(channel, c -> new ChannelWatermark());
    }

    /** Starts a channel from a stored position, unless it already has one in this process. */
    void seed(String channel, long committed) {
        of(channel).seed(committed);
    }

    /** Records a received event; false when the event is a duplicate and must not be handled again. */
    boolean receive(String channel, long replayId) {
        return of(channel).receive(replayId);
    }

    /** Marks a received event done (handled or dead-lettered). */
    void complete(String channel, long replayId) {
        of(channel).complete(replayId);
    }

    /**
     * Moves an idle channel's position to {@code replayId}, a position the server says the channel's stream has
     * reached without events for it; nothing happens while events of the channel are in flight. An event the
     * server sends later at or below that position is not a duplicate: it is taken and the position withdrawn.
     */
    void reachedIdle(String channel, long replayId) {
        of(channel).reachedIdle(replayId);
    }

    /** Forgets a channel's position after Salesforce rejected it. */
    void restart(String channel) {
        of(channel).restart();
    }

    /** The channel's commit position, empty when nothing was committed or seeded. */
    OptionalLong position(String channel) {
        ChannelWatermark watermark = channels.get(channel);
        return watermark == null ? OptionalLong.empty() : watermark.position();
    }

    Set<String> channels() {
        return Set.copyOf(channels.keySet());
    }
}
