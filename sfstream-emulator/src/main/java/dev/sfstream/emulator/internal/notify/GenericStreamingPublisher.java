package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.StreamingBus;
import dev.sfstream.emulator.spi.UserPush;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic streaming: {@code sobjects/StreamingChannel/{id}/push} publishes string payloads on {@code /u/...},
 * to every subscriber or only to the sessions of the users named in {@code userIds}.
 */
public final class GenericStreamingPublisher {
    private static final int MAX_PAYLOAD = 3000;

    private final StreamingBus bus;
    private final EmulatorClock clock;

    public GenericStreamingPublisher(StreamingBus bus, EmulatorClock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Publishes each entry of {@code {"pushEvents": [{"payload": "...", "userIds": []}]}} and answers one
     * push result per entry: {@code fanoutCount} is -1 for a broadcast, the number of addressed users who are
     * subscribed for a targeted push, and 0 when nobody it could reach is subscribed; {@code userOnlineStatus}
     * maps each addressed user id, as sent, to whether that user is subscribed.
     */
    public List<Map<String, Object>> push(StoredRecord channel, Object body) {
        List<?> pushEvents = body instanceof Map<?, ?> map && map.get("pushEvents") instanceof List<?> list ? list
                : null;
        if (pushEvents == null) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "The body must be {\"pushEvents\": [{\"payload\": \"...\","
                    + " \"userIds\": []}]}");
        }
        List<PushEvent> events = pushEvents.stream().map(GenericStreamingPublisher::pushEvent).toList();
        String name = String.valueOf(channel.get("Name"));
        List<Map<String, Object>> results = new ArrayList<>();
        for (PushEvent event : events) {
            UserPush outcome = bus.publish(name, data(event.payload()), event.audience());
            results.add(result(event, outcome.subscribedUserIds()));
        }
        return results;
    }

    /** {@code GET .../push}: the users subscribed to the channel now. */
    public Map<String, Object> presence(StoredRecord channel) {
        String name = String.valueOf(channel.get("Name"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OnlineUserIds", bus.subscribedUsers(name).stream().sorted().toList());
        body.put("ChannelName", channel.get("Name"));
        return body;
    }

    private Map<String, Object> data(String payload) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("createdDate", Timestamps.streaming(clock.now()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payload", payload);
        data.put("event", event);
        return data;
    }

    private static Map<String, Object> result(PushEvent event, Set<String> subscribed) {
        Map<String, Boolean> online = new LinkedHashMap<>();
        Set<String> reached = new LinkedHashSet<>();
        event.userIds().forEach((sent, canonical) -> {
            boolean subscribedNow = subscribed.contains(canonical);
            online.put(sent, subscribedNow);
            if (subscribedNow) {
                reached.add(canonical);
            }
        });
        int fanout = event.userIds().isEmpty() ? (subscribed.isEmpty() ? 0 : -1) : reached.size();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("fanoutCount", fanout);
        result.put("userOnlineStatus", online);
        return result;
    }

    private static PushEvent pushEvent(Object entry) {
        Map<?, ?> event = entry instanceof Map<?, ?> map ? map : Map.of();
        if (!(event.get("payload") instanceof String text)) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "Each push event needs a string 'payload'");
        }
        if (text.length() > MAX_PAYLOAD) {
            throw ApiError.badRequest("STRING_TOO_LONG", "payload: data value too large (max length="
                    + MAX_PAYLOAD + ")", "payload");
        }
        Object ids = event.get("userIds");
        if (ids != null && !(ids instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "A push event's 'userIds' must be an array of user ids,"
                    + " got " + ids);
        }
        Map<String, String> userIds = new LinkedHashMap<>();
        if (ids != null) {
            // An id that is not a valid id stays as sent: it addresses nobody, and the push stays targeted.
            ((List<?>) ids).forEach(id -> userIds.put((String) id,
                    SalesforceIds.canonical((String) id).orElse((String) id)));
        }
        return new PushEvent(text, userIds);
    }

    /** One entry of {@code pushEvents}: its payload and its user ids, each as sent mapped to its 18-character form. */
    private record PushEvent(String payload, Map<String, String> userIds) {
        PushEvent {
            userIds = Collections.unmodifiableMap(new LinkedHashMap<>(userIds));
        }

        Set<String> audience() {
            return Set.copyOf(userIds.values());
        }
    }
}
