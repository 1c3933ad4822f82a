package dev.sfstream.delivery.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * When Salesforce created a streaming event, read from where each channel family carries it:
 * {@code event.createdDate} (PushTopic, generic streaming), {@code payload.CreatedDate} (platform events)
 * and {@code payload.ChangeEventHeader.commitTimestamp} (Change Data Capture).
 */
public final class EventTimes {
    /** API versions before 37.0 write the offset as {@code +0000}. */
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx");

    private EventTimes() {
    }

    /** The creation time, or empty when the event carries none that can be read. */
    public static Optional<Instant> createdAt(Map<String, Object> data) {
        if (data == null) {
            return Optional.empty();
        }
        if (data.get("event") instanceof Map<?, ?> event && event.get("createdDate") instanceof String text) {
            return parse(text);
        }
        if (data.get("payload") instanceof Map<?, ?> payload) {
            if (payload.get("ChangeEventHeader") instanceof Map<?, ?> header
                    && header.get("commitTimestamp") instanceof Number millis) {
                return Optional.of(Instant.ofEpochMilli(millis.longValue()));
            }
            if (payload.get("CreatedDate") instanceof String text) {
                return parse(text);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(OffsetDateTime.parse(text, COMPACT_OFFSET).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
