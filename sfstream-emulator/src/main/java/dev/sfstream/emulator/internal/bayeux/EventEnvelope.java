package dev.sfstream.emulator.internal.bayeux;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Completes the {@code data} object of an event as Salesforce delivers it: {@code event.replayId} always,
 * {@code event.createdDate} for /topic and /u, {@code event.EventUuid} and {@code schema} for /event,
 * {@code schema} for /data. Fields the publisher already set are kept.
 */
final class EventEnvelope {
    private static final DateTimeFormatter CREATED_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EventEnvelope() {
    }

    static Map<String, Object> complete(ChannelFamily family, Map<String, Object> data, long replayId, Instant now) {
        Map<String, Object> result = new LinkedHashMap<>(data == null ? Map.of() : data);
        Map<String, Object> event = new LinkedHashMap<>();
        if (result.get("event") instanceof Map<?, ?> given) {
            given.forEach((key, value) -> event.put(String.valueOf(key), value));
        }
        switch (family) {
            case PUSH_TOPIC, GENERIC -> event.putIfAbsent("createdDate", CREATED_DATE.format(now));
            case PLATFORM_EVENT -> {
                event.putIfAbsent("EventUuid", UUID.randomUUID().toString());
                result.putIfAbsent("schema", schemaId(result.get("payload")));
            }
            case CHANGE_EVENT -> result.putIfAbsent("schema", schemaId(result.get("payload")));
        }
        event.put("replayId", replayId);
        result.put("event", Collections.unmodifiableMap(event));
        return Collections.unmodifiableMap(result);
    }

    static String createdDate(Instant instant) {
        return CREATED_DATE.format(instant);
    }

    /** A stable 22-character base64url id derived from the payload's field names. */
    static String schemaId(Object payload) {
        TreeSet<String> fields = new TreeSet<>();
        if (payload instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> fields.add(String.valueOf(key)));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", List.copyOf(fields)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
