package dev.sfstream.emulator.internal.events;

import java.util.List;

/**
 * One top-level field of an event definition.
 *
 * @param required whether the field is never null (the header and the standard platform event fields)
 * @param parts the fields of a compound field (a person's Name), empty for a simple field
 */
public record EventField(String name, FieldKind kind, boolean required, List<String> parts) {
    public EventField {
        parts = List.copyOf(parts);
    }

    static EventField optional(String name, FieldKind kind) {
        return new EventField(name, kind, false, List.of());
    }

    static EventField required(String name, FieldKind kind) {
        return new EventField(name, kind, true, List.of());
    }
}
