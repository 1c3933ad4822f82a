package dev.sfstream.emulator.internal.events;

import org.apache.avro.Schema;

/** A definition with its generated Avro schema and that schema's id. */
public record RegisteredSchema(String id, Schema schema, EventDefinition definition) {
    /** The schema as JSON, as GetSchema returns it. */
    public String json() {
        return schema.toString();
    }
}
