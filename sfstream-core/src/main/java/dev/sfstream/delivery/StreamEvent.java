package dev.sfstream.delivery;

import dev.sfstream.delivery.internal.EventTimes;
import dev.sfstream.notification.ChangeEventHeader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event received on a streaming channel, parsed once where it arrives: its position, the records it
 * concerns (what orders it), its creation time (read when first asked) and the raw {@code data} object exactly as
 * Salesforce sent it. Identity equality: two events are the same only if they are the same object.
 */
public final class StreamEvent {
    /** Marks an event whose message carried no replay id; such events are handled but never committed. */
    public static final long NO_REPLAY_ID = Long.MIN_VALUE;

    private final String channel;
    private final long replayId;
    private final Map<String, Object> data;
    private final List<String> recordIds;
    private final ChangeEventHeader changeHeader;
    private volatile Optional<Instant> createdDate;

    /**
     * @param channel the channel the event arrived on, exactly as subscribed (including any {@code ?filter})
     * @param replayId the event's position, or {@link #NO_REPLAY_ID} when it carried none
     * @param data the raw {@code data} object of the message, unmodified
     */
    public StreamEvent(String channel, long replayId, Map<String, Object> data) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.replayId = replayId;
        this.data = data == null ? Map.of() : data;
        this.changeHeader = this.data.get("payload") instanceof Map<?, ?> payload
                ? ChangeEventHeader.of(cast(payload)).orElse(null) : null;
        this.recordIds = recordIdsOf(this.data, changeHeader);
    }

    /** An event whose position is read from its {@code data.event.replayId}, a number or a decimal string. */
    public static StreamEvent of(String channel, Map<String, Object> data) {
        return new StreamEvent(channel, replayIdOf(data), data);
    }

    /**
     * The {@code event.replayId} of a message's data, whether Salesforce wrote it as a number or as a decimal
     * string; {@link #NO_REPLAY_ID} when absent or unreadable.
     */
    public static long replayIdOf(Map<String, Object> data) {
        if (data == null || !(data.get("event") instanceof Map<?, ?> event)) {
            return NO_REPLAY_ID;
        }
        Object id = event.get("replayId");
        if (id instanceof Number number) {
            return number.longValue();
        }
        if (id instanceof String text && !text.isBlank()) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notANumber) {
                return NO_REPLAY_ID;
            }
        }
        return NO_REPLAY_ID;
    }

    public String channel() {
        return channel;
    }

    /** The event's position, or {@link #NO_REPLAY_ID}. */
    public long replayId() {
        return replayId;
    }

    /** The raw {@code data} object of the message, unmodified. */
    public Map<String, Object> data() {
        return data;
    }

    /** Whether the event carried a replay id that can be committed. */
    public boolean hasReplayId() {
        return replayId != NO_REPLAY_ID;
    }

    /** The records the event concerns: PushTopic {@code sobject.Id}, or CDC {@code recordIds}; empty for others. */
    public List<String> recordIds() {
        return recordIds;
    }

    /** The Change Data Capture header, for CDC events. */
    public Optional<ChangeEventHeader> changeEventHeader() {
        return Optional.ofNullable(changeHeader);
    }

    /**
     * When Salesforce created the event: {@code event.createdDate}, a platform event's {@code CreatedDate} or a
     * change's {@code commitTimestamp}; empty when absent or unreadable.
     */
    public Optional<Instant> createdDate() {
        Optional<Instant> known = createdDate;
        if (known == null) {
            known = EventTimes.createdAt(data);
            createdDate = known;
        }
        return known;
    }

    private static List<String> recordIdsOf(Map<String, Object> data, ChangeEventHeader header) {
        if (data.get("sobject") instanceof Map<?, ?> sobject && sobject.get("Id") instanceof String id) {
            return List.of(id);
        }
        return header == null ? List.of() : header.recordIds();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    @Override
    public String toString() {
        return "StreamEvent[channel=" + channel + ", replayId=" + (hasReplayId() ? replayId : "none") + "]";
    }
}
