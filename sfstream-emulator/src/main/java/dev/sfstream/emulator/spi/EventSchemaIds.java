package dev.sfstream.emulator.spi;

import java.util.Map;

/**
 * Names the schema of a platform or change event's payload, so CometD's {@code schema} and Pub/Sub's
 * {@code schema_id} agree; implemented by the event-definition side, used when an event is published.
 */
public interface EventSchemaIds {
    /** The schema id of {@code payload} published on {@code channel} ({@code /event/...} or {@code /data/...}). */
    String schemaId(String channel, Map<String, Object> payload);
}
