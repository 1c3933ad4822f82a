package dev.sfstream.pubsub.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Whether a decoded event was created before an instant: a change event by its header's {@code commitTimestamp},
 * a platform event by its {@code CreatedDate}. An event that carries neither counts as new.
 */
final class CreatedBefore {
    private CreatedBefore() {
    }

    static boolean test(Map<String, Object> data, Instant since) {
        if (!(data.get("payload") instanceof Map<?, ?> payload)) {
            return false;
        }
        if (payload.get(PayloadDecoder.HEADER) instanceof Map<?, ?> header
                && header.get("commitTimestamp") instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue()).isBefore(since);
        }
        if (payload.get("CreatedDate") instanceof String created) {
            try {
                return Instant.parse(created).isBefore(since);
            } catch (DateTimeParseException unreadable) {
                return false;
            }
        }
        return false;
    }
}
