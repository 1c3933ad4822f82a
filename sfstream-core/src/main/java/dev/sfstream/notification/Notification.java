package dev.sfstream.notification;

import dev.sfstream.notification.internal.FrozenJson;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Streaming API event as a handler receives it: the channel it arrived on and the event's
 * {@code data} object exactly as Salesforce sent it (read-only), with typed accessors for the parts
 * every event kind shares. PushTopic events look like
 * {@code {"event": {"type": "updated", "replayId": 7, "createdDate": "..."}, "sobject": {...}}};
 * Platform Events and Change Data Capture carry a {@code payload} object instead of {@code sobject}.
 *
 * @param channel the channel the event arrived on, e.g. {@code /topic/ContactUpdates}
 * @param data the event's {@code data} object, unchanged
 */
public record Notification(String channel, Map<String, Object> data) {
    public Notification {
        Objects.requireNonNull(channel, "channel");
        data = FrozenJson.freeze(Objects.requireNonNull(data, "data"));
    }

    /**
     * What happened: the PushTopic {@code event.type} ({@code created}, {@code updated}, {@code deleted},
     * {@code undeleted}) or, for Change Data Capture, the header's {@code changeType} ({@code CREATE}, ...);
     * null for events that carry neither.
     */
    public String eventType() {
        Object type = event().get("type");
        if (type != null) {
            return type.toString();
        }
        Object header = payload().get("ChangeEventHeader");
        if (header instanceof Map<?, ?> headerMap && headerMap.get("changeType") != null) {
            return headerMap.get("changeType").toString();
        }
        return null;
    }

    /** The event's {@code event.replayId}, empty when the event has none. */
    public OptionalLong replayId() {
        Object id = event().get("replayId");
        if (id instanceof Number number) {
            return OptionalLong.of(number.longValue());
        }
        if (id instanceof String text && !text.isBlank()) {
            try {
                return OptionalLong.of(Long.parseLong(text.trim()));
            } catch (NumberFormatException notANumber) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** When Salesforce created the event ({@code event.createdDate}), empty when absent or unreadable. */
    public Optional<Instant> createdDate() {
        Object created = event().get("createdDate");
        if (created == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(created.toString()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
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
}
