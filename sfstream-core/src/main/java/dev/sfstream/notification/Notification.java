package dev.sfstream.notification;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.internal.ReadOnlyJson;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One streaming event as a handler receives it: a read-only view of the event sfstream parsed once on arrival,
 * with the channel it arrived on, the event's {@code data} object exactly as Salesforce sent it, and typed
 * accessors for the parts every event kind shares. PushTopic events look like
 * {@code {"event": {"type": "updated", "replayId": 7, "createdDate": "..."}, "sobject": {...}}};
 * Platform Events and Change Data Capture carry a {@code payload} object instead of {@code sobject}.
 */
public final class Notification {
    private final StreamEvent event;
    private final Map<String, Object> data;

    /**
     * A notification of an event's {@code data} object, read as it arrives from Salesforce (for tests and tools);
     * the data is copied, so later changes to {@code data} do not show.
     *
     * @param channel the channel the event arrived on, e.g. {@code /topic/ContactUpdates}
     * @param data the event's {@code data} object
     */
    public Notification(String channel, Map<String, Object> data) {
        this(StreamEvent.of(Objects.requireNonNull(channel, "channel"),
                ReadOnlyJson.copy(Objects.requireNonNull(data, "data"))));
    }

    private Notification(StreamEvent event) {
        this.event = event;
        this.data = ReadOnlyJson.view(event.data());
    }

    /** The notification of a received event: a read-only view, nothing is copied (nobody changes a received event). */
    public static Notification of(StreamEvent event) {
        return new Notification(Objects.requireNonNull(event, "event"));
    }

    /** The channel the event arrived on, e.g. {@code /topic/ContactUpdates}. */
    public String channel() {
        return event.channel();
    }

    /** The event's {@code data} object, unchanged and read-only. */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * What happened: the PushTopic {@code event.type} ({@code created}, {@code updated}, {@code deleted},
     * {@code undeleted}) or, for Change Data Capture, the header's {@code changeType} ({@code CREATE}, ...,
     * {@code GAP_OVERFLOW}); null for events that carry neither.
     */
    public String eventType() {
        Object type = event().get("type");
        if (type != null) {
            return type.toString();
        }
        return event.changeEventHeader().map(ChangeEventHeader::changeType).orElse(null);
    }

    /** The event's {@code event.replayId} (a number, or a decimal string), empty when the event has none. */
    public OptionalLong replayId() {
        return event.hasReplayId() ? OptionalLong.of(event.replayId()) : OptionalLong.empty();
    }

    /**
     * When Salesforce created the event ({@code event.createdDate}, a platform event's {@code CreatedDate} or a
     * change's {@code commitTimestamp}), empty when absent or unreadable.
     */
    public Optional<Instant> createdDate() {
        return event.createdDate();
    }

    /** The Change Data Capture header; empty for other event kinds. */
    public Optional<ChangeEventHeader> changeEventHeader() {
        return event.changeEventHeader();
    }

    /**
     * Whether this is a CDC gap event ({@code GAP_CREATE}, ..., {@code GAP_OVERFLOW}): the change's fields are
     * not in it; re-read the records named by {@link ChangeEventHeader#recordIds()} (or, on overflow, the entity's
     * recently changed records) through REST.
     */
    public boolean isGap() {
        return event.changeEventHeader().map(ChangeEventHeader::isGap).orElse(false);
    }

    /** The record fields a PushTopic event carries ({@code sobject}); empty for other event kinds. */
    public Map<String, Object> sobject() {
        return objectAt("sobject");
    }

    /** The Platform Event or Change Data Capture fields ({@code payload}); empty when not an object. */
    public Map<String, Object> payload() {
        return objectAt("payload");
    }

    /** A generic streaming event's text payload, or null when the payload is not text. */
    public String payloadText() {
        return data.get("payload") instanceof String text ? text : null;
    }

    /** The {@code event} object (type, replay id, created date); empty when absent. */
    public Map<String, Object> event() {
        return objectAt("event");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> objectAt(String key) {
        return data.get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @Override
    public String toString() {
        return "Notification[channel=" + channel() + ", data=" + data + "]";
    }
}
