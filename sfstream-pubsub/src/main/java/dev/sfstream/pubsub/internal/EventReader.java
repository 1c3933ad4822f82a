package dev.sfstream.pubsub.internal;

import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.ProducerEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a received event into the {@code data} map a CometD subscriber of the same channel gets:
 * {@code {"schema": id, "payload": {...}, "event": {"EventUuid": ..., "replayId": N}}} ({@code EventUuid} on
 * platform event channels only, as on CometD).
 */
final class EventReader {
    private final SchemaCache schemas;

    EventReader(SchemaCache schemas) {
        this.schemas = schemas;
    }

    /**
     * @throws io.grpc.StatusRuntimeException when the event's schema cannot be fetched
     * @throws IOException when the payload is not a datum of its schema
     */
    Map<String, Object> read(String channel, ConsumerEvent received, long replayId) throws IOException {
        ProducerEvent event = received.getEvent();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schema", event.getSchemaId());
        data.put("payload", schemas.reader(event.getSchemaId()).read(event.getPayload().toByteArray()));
        Map<String, Object> header = new LinkedHashMap<>();
        if (channel.startsWith("/event/") && !event.getId().isEmpty()) {
            header.put("EventUuid", event.getId());
        }
        header.put("replayId", replayId);
        data.put("event", header);
        return data;
    }
}
