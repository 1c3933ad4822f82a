package dev.sfstream.cli.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * One entry of the dead-letter list as {@code RedisDeadLetterSink} writes it: {@code {"channel", "replayId",
 * "attempts", "failure", "failedAt", "data"}}.
 *
 * @param raw the entry exactly as stored (what a removal matches)
 * @param fields the parsed entry; empty when it is not a JSON object
 */
record DeadLetterEntry(String raw, Map<String, Object> fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static DeadLetterEntry parse(String raw) {
        try {
            return new DeadLetterEntry(raw, JSON.readValue(raw, new TypeReference<Map<String, Object>>() { }));
        } catch (JsonProcessingException notJson) {
            return new DeadLetterEntry(raw, Map.of());
        }
    }

    String channel() {
        return (String) fields.get("channel");
    }

    /** The replay id the event had, or {@code Long.MIN_VALUE} when none is recorded. */
    long replayId() {
        return fields.get("replayId") instanceof Number number ? number.longValue() : Long.MIN_VALUE;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> data() {
        return fields.get("data") instanceof Map<?, ?> data ? (Map<String, Object>) data : Map.of();
    }

    /** {@code failedAt  channel  replayId=N  attempts=N  failure}. */
    String line() {
        if (fields.isEmpty()) {
            return "(not a dead letter: " + raw + ")";
        }
        return fields.get("failedAt") + "  " + channel() + "  replayId=" + fields.get("replayId") + "  attempts="
                + fields.get("attempts") + "  " + fields.get("failure");
    }
}
