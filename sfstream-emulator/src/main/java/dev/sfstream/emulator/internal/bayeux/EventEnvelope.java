package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.emulator.spi.EventSchemaIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Completes the {@code data} object of an event as Salesforce delivers it: {@code event.replayId} always,
 * {@code event.createdDate} for /topic and /u, {@code event.EventUuid} and {@code schema} for /event,
 * {@code schema} for /data. Fields the publisher already set are kept.
 */
final class EventEnvelope {
    /** Beyond this many distinct payload shapes the schema id cache starts over (it only saves hashing). */
    private static final int MAX_CACHED_SCHEMAS = 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventSchemaIds schemaIds;
    private final CreatedDates createdDates = new CreatedDates();
    private final ConcurrentMap<List<String>, String> shapeIds = new ConcurrentHashMap<>();

    /** Names schemas with {@code schemaIds}, or by the payload's field names when it is null. */
    EventEnvelope(EventSchemaIds schemaIds) {
        this.schemaIds = schemaIds;
    }

    EventEnvelope() {
        this(null);
    }

    /**
     * The completed {@code data} object as UTF-8 JSON, written straight from {@code data} (nothing is copied).
     *
     * @throws IllegalArgumentException when a value of {@code data} cannot be written as JSON
     */
    byte[] completeJson(ChannelFamily family, String channel, Map<String, Object> data, long replayId, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            if ((family == ChannelFamily.PLATFORM_EVENT || family == ChannelFamily.CHANGE_EVENT)
                    && !data.containsKey("schema")) {
                json.writeStringField("schema", schemaIdOf(channel, data.get("payload")));
            }
            Object given = null;
            for (Map.Entry<String, Object> entry : data.entrySet()) {
                if ("event".equals(entry.getKey())) {
                    given = entry.getValue();
                } else {
                    json.writeFieldName(entry.getKey());
                    json.writeObject(entry.getValue());
                }
            }
            writeEvent(json, family, given, replayId, now);
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void writeEvent(JsonGenerator json, ChannelFamily family, Object given, long replayId, Instant now)
            throws IOException {
        json.writeObjectFieldStart("event");
        boolean hasCreatedDate = false;
        boolean hasUuid = false;
        if (given instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                String name = String.valueOf(field.getKey());
                if (!"replayId".equals(name)) {
                    hasCreatedDate |= "createdDate".equals(name);
                    hasUuid |= "EventUuid".equals(name);
                    json.writeFieldName(name);
                    json.writeObject(field.getValue());
                }
            }
        }
        if ((family == ChannelFamily.PUSH_TOPIC || family == ChannelFamily.GENERIC) && !hasCreatedDate) {
            json.writeStringField("createdDate", createdDates.format(now));
        }
        if (family == ChannelFamily.PLATFORM_EVENT && !hasUuid) {
            json.writeStringField("EventUuid", randomUuid());
        }
        json.writeNumberField("replayId", replayId);
        json.writeEndObject();
    }

    String createdDate(Instant instant) {
        return createdDates.format(instant);
    }

    @SuppressWarnings("unchecked")
    private String schemaIdOf(String channel, Object payload) {
        if (schemaIds != null && payload instanceof Map<?, ?> map) {
            return schemaIds.schemaId(channel, (Map<String, Object>) map);
        }
        if (!(payload instanceof Map<?, ?> map)) {
            return schemaId(payload);
        }
        List<String> fields = map.keySet().stream().map(String::valueOf).toList();
        String known = shapeIds.get(fields);
        if (known != null) {
            return known;
        }
        if (shapeIds.size() >= MAX_CACHED_SCHEMAS) {
            shapeIds.clear();
        }
        String id = schemaId(payload);
        shapeIds.put(fields, id);
        return id;
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

    /** A version 4 UUID from a non-blocking generator: event ids must be unique, not unguessable. */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
