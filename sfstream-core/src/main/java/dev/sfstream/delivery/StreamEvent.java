package dev.sfstream.delivery;

import java.util.Map;
import java.util.Objects;

/**
 * One event received on a streaming channel, as Salesforce sent it.
 *
 * @param channel the channel the event arrived on, exactly as subscribed (including any {@code ?filter})
 * @param replayId the event's {@code data.event.replayId}, or {@link #NO_REPLAY_ID} when it carried none
 * @param data the raw {@code data} object of the Bayeux message, unmodified
 */
public record StreamEvent(String channel, long replayId, Map<String, Object> data) {
    /** Marks an event whose message carried no replay id; such events are handled but never committed. */
    public static final long NO_REPLAY_ID = Long.MIN_VALUE;

    public StreamEvent {
        Objects.requireNonNull(channel, "channel");
        data = data == null ? Map.of() : data;
    }

    /** Whether the event carried a replay id that can be committed. */
    public boolean hasReplayId() {
        return replayId != NO_REPLAY_ID;
    }

    @Override
    public String toString() {
        return "StreamEvent[channel=" + channel + ", replayId=" + (hasReplayId() ? replayId : "none") + "]";
    }
}
