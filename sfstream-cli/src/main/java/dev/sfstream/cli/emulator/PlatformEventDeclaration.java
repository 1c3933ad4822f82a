package dev.sfstream.cli.emulator;

import dev.sfstream.emulator.EventFieldType;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One {@code --platform-event} value, {@code NAME__e=Field__c:TYPE,...} (or {@code NAME__e} alone for an event
 * without fields): the event's name and its fields in schema order, the types those of {@link EventFieldType}.
 */
record PlatformEventDeclaration(String name, Map<String, EventFieldType> fields) {
    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__e");
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*__c");
    private static final String TYPES = Arrays.stream(EventFieldType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    PlatformEventDeclaration {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @throws IllegalArgumentException saying what part of {@code value} is wrong */
    static PlatformEventDeclaration parse(String value) {
        int equals = value.indexOf('=');
        String name = (equals < 0 ? value : value.substring(0, equals)).trim();
        if (!EVENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the event name must be an API name ending in __e, such as "
                    + "Order__e, got '" + name + "'");
        }
        Map<String, EventFieldType> fields = new LinkedHashMap<>();
        if (equals >= 0) {
            for (String field : value.substring(equals + 1).split(",", -1)) {
                declare(fields, field.trim());
            }
        }
        return new PlatformEventDeclaration(name, fields);
    }

    private static void declare(Map<String, EventFieldType> fields, String field) {
        int colon = field.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("each field is Field__c:TYPE, got '" + field + "'");
        }
        String fieldName = field.substring(0, colon).trim();
        String typeName = field.substring(colon + 1).trim();
        if (!FIELD_NAME.matcher(fieldName).matches()) {
            throw new IllegalArgumentException("a field name must be an API name ending in __c, such as Amount__c, "
                    + "got '" + fieldName + "'");
        }
        EventFieldType type;
        try {
            type = EventFieldType.valueOf(typeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("field " + fieldName + " has type '" + typeName + "'; a type is one of "
                    + TYPES, unknown);
        }
        if (fields.putIfAbsent(fieldName, type) != null) {
            throw new IllegalArgumentException("field " + fieldName + " is declared twice");
        }
    }
}
