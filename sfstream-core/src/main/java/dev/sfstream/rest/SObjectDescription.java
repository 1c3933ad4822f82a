package dev.sfstream.rest;

import java.util.List;

/**
 * What describe reports about an sObject type.
 *
 * @param name the API name, e.g. {@code Contact}
 * @param label the label, when given
 * @param fields its fields
 */
public record SObjectDescription(String name, String label, List<FieldDescription> fields) {
    public SObjectDescription {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether the type has a field with this API name (case-insensitive, as SOQL). */
    public boolean hasField(String fieldName) {
        return fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(fieldName));
    }
}
