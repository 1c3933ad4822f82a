package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.StreamingBus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generic streaming: {@code sobjects/StreamingChannel/{id}/push} publishes string payloads on {@code /u/...}. */
public final class GenericStreamingPublisher {
    private static final int MAX_PAYLOAD = 3000;

    private final StreamingBus bus;
    private final EmulatorClock clock;

    public GenericStreamingPublisher(StreamingBus bus, EmulatorClock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /** Publishes each entry of {@code {"pushEvents": [{"payload": "...", "userIds": []}]}}. */
    public List<Map<String, Object>> push(StoredRecord channel, Object body) {
        List<?> pushEvents = body instanceof Map<?, ?> map && map.get("pushEvents") instanceof List<?> list ? list
                : null;
        if (pushEvents == null) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "The body must be {\"pushEvents\": [{\"payload\": \"...\","
                    + " \"userIds\": []}]}");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Object entry : pushEvents) {
            Object payload = entry instanceof Map<?, ?> event ? event.get("payload") : null;
            if (!(payload instanceof String text)) {
                throw ApiError.badRequest("JSON_PARSER_ERROR", "Each push event needs a string 'payload'");
            }
            if (text.length() > MAX_PAYLOAD) {
                throw ApiError.badRequest("STRING_TOO_LONG", "payload: data value too large (max length="
                        + MAX_PAYLOAD + ")", "payload");
            }
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("createdDate", Timestamps.streaming(clock.now()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("payload", text);
            data.put("event", event);
            bus.publish(String.valueOf(channel.get("Name")), data);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("fanoutCount", -1);
            result.put("userOnlineStatus", Map.of());
            results.add(result);
        }
        return results;
    }

    /** {@code GET .../push}: who is online on the channel (the emulator does not track users). */
    public Map<String, Object> presence(StoredRecord channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OnlineUserIds", List.of());
        body.put("ChannelName", channel.get("Name"));
        return body;
    }
}
