package dev.sfstream.emulator.internal.pubsub;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.protobuf.ByteString;
import dev.sfstream.emulator.internal.events.AvroPayloads;
import dev.sfstream.emulator.internal.events.ChangeEventBitmaps;
import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.internal.events.RegisteredSchema;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a retained event (its CometD {@code data} JSON) into a Pub/Sub ConsumerEvent: the payload as an Avro
 * datum of the schema named in {@code data.schema} (or of the topic's current one), the {@code EventUuid} as
 * the event id, the replay id as 8 bytes. Change event headers get bitmap-encoded field lists. An event that
 * names its schema is encoded once and served from {@link EncodedEvents} thereafter.
 */
final class ConsumerEvents {
    private final ObjectReader reader = new ObjectMapper().readerFor(new TypeReference<Map<String, Object>>() { });
    private final EventDefinitions definitions;
    private final EncodedEvents encoded = new EncodedEvents();

    ConsumerEvents(EventDefinitions definitions) {
        this.definitions = definitions;
    }

    ConsumerEvent of(String topic, LoggedEvent event) {
        return of(topic, List.of(event)).get(0);
    }

    /** The Pub/Sub forms of a batch of retained events of {@code topic}, in order. */
    List<ConsumerEvent> of(String topic, List<LoggedEvent> batch) {
        ConsumerEvent[] found = encoded.find(topic, batch);
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null) {
                found[i] = encode(topic, batch.get(i));
            }
        }
        return Arrays.asList(found);
    }

    @SuppressWarnings("unchecked")
    private ConsumerEvent encode(String topic, LoggedEvent event) {
        Map<String, Object> data = parse(event.dataJson());
        Map<String, Object> payload = data.get("payload") instanceof Map<?, ?> map
                ? (Map<String, Object>) map : new LinkedHashMap<>();
        Optional<RegisteredSchema> named = definitions.byId(data.get("schema") instanceof String id ? id : null);
        RegisteredSchema schema = named.orElseGet(() -> definitions.forPayload(topic, payload));
        if (schema.definition().changeEvent() && payload.get("ChangeEventHeader") instanceof Map<?, ?> header) {
            payload.put("ChangeEventHeader", encodedHeader((Map<String, Object>) header, payload, schema));
        }
        Object uuid = data.get("event") instanceof Map<?, ?> fields ? fields.get("EventUuid") : null;
        // Strings set as UTF-8 bytes: a kept event is written to every stream without encoding them again.
        ConsumerEvent consumerEvent = ConsumerEvent.newBuilder()
                .setEvent(ProducerEvent.newBuilder()
                        .setIdBytes(ByteString.copyFromUtf8(uuid instanceof String s ? s
                                : UUID.nameUUIDFromBytes(event.dataJson()).toString()))
                        .setSchemaIdBytes(ByteString.copyFromUtf8(schema.id()))
                        .setPayload(ByteString.copyFrom(AvroPayloads.encode(schema, payload))))
                .setReplayId(ReplayIds.of(event.replayId()))
                .build();
        if (named.isPresent()) {
            encoded.keep(topic, event, consumerEvent);
        }
        return consumerEvent;
    }

    /** CometD lists changed field names; Pub/Sub carries them, and the nulled ones, as bitmaps. */
    private static Map<String, Object> encodedHeader(Map<String, Object> header, Map<String, Object> payload,
                                                     RegisteredSchema schema) {
        Map<String, Object> encoded = new LinkedHashMap<>(header);
        List<String> changed = header.get("changedFields") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList() : List.of();
        List<String> nulled = new ArrayList<>();
        for (String name : changed) {
            if (payload.containsKey(name) && payload.get(name) == null) {
                nulled.add(name);
            }
        }
        encoded.put("changedFields", ChangeEventBitmaps.encode(changed, schema.schema()));
        encoded.put("nulledFields", ChangeEventBitmaps.encode(nulled, schema.schema()));
        encoded.put("diffFields", List.of());
        return encoded;
    }

    private Map<String, Object> parse(byte[] json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("a retained event is not valid JSON", e);
        }
    }
}
