package dev.sfstream.emulator.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one event type in schema order: a platform event ({@code Order__e}) or a change event
 * ({@code AccountChangeEvent}, whose first field is its {@code ChangeEventHeader}).
 */
public record EventDefinition(String name, boolean changeEvent, List<EventField> fields) {
    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public EventDefinition {
        fields = List.copyOf(fields);
    }

    /** The top-level field names. */
    Set<String> names() {
        return fields.stream().map(EventField::name).collect(Collectors.toSet());
    }

    /**
     * This definition with a field appended for each key of {@code payload} it lacks (keys that cannot name
     * an Avro field are left out), or itself.
     */
    EventDefinition withFieldsOf(Map<String, Object> payload) {
        Set<String> known = names();
        List<EventField> extended = new ArrayList<>(fields);
        payload.forEach((key, value) -> {
            if (!known.contains(key) && AVRO_NAME.matcher(key).matches()) {
                extended.add(EventField.optional(key, FieldKind.inferred(value)));
                known.add(key);
            }
        });
        return extended.size() == fields.size() ? this : new EventDefinition(name, changeEvent, extended);
    }
}
