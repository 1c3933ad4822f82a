package dev.sfstream.emulator.internal.events;

import dev.sfstream.emulator.internal.records.FieldSpec;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A change event's definition from its object's fields: the header, then every field but the id and system
 * flags; a person's read-only {@code Name} becomes a compound of its parts, which leave the top level.
 */
final class ChangeEventDefinitions {
    private static final Set<String> LEFT_OUT = Set.of("Id", "IsDeleted", "SystemModstamp");
    private static final List<String> NAME_PARTS = List.of("FirstName", "LastName");

    private ChangeEventDefinitions() {
    }

    static EventDefinition of(SObjectSchema schema) {
        boolean personName = schema.field("Name").map(f -> !f.writable()).orElse(false)
                && schema.hasField("FirstName");
        List<EventField> fields = new ArrayList<>();
        fields.add(EventField.required(AvroSchemas.HEADER, FieldKind.STRING));
        for (FieldSpec spec : schema.fields()) {
            String name = spec.name();
            if (LEFT_OUT.contains(name) || personName && NAME_PARTS.contains(name)) {
                continue;
            }
            if (personName && name.equals("Name")) {
                fields.add(new EventField(name, FieldKind.STRING, false,
                        NAME_PARTS.stream().filter(schema::hasField).toList()));
            } else {
                fields.add(EventField.optional(name, FieldKind.of(spec.type())));
            }
        }
        String entity = schema.name();
        String eventName = (entity.endsWith("__c") ? entity.substring(0, entity.length() - 1) : entity)
                + "ChangeEvent";
        return new EventDefinition(eventName, true, fields);
    }
}
