package dev.sfstream.emulator.internal.events;

import java.util.Set;
import org.apache.avro.Schema;

/** A definition with its generated Avro schema, that schema's id and the definition's top-level field names. */
public record RegisteredSchema(String id, Schema schema, EventDefinition definition, Set<String> names) {
    public RegisteredSchema(String id, Schema schema, EventDefinition definition) {
        this(id, schema, definition, Set.copyOf(definition.names()));
    }

    /** The schema as JSON, as GetSchema returns it. */
    public String json() {
        return schema.toString();
    }
}
