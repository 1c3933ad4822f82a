package dev.sfstream.emulator.internal.events;

import dev.sfstream.emulator.internal.records.FieldType;
import java.util.Locale;

/** The field types a platform event can declare, by their Setup names: TEXT, LONG_TEXT_AREA, NUMBER, CHECKBOX, DATE, DATETIME. */
public final class EventFieldTypes {
    private EventFieldTypes() {
    }

    public static FieldType parse(String name) {
        return switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "TEXT" -> FieldType.STRING;
            case "LONG_TEXT_AREA" -> FieldType.TEXTAREA;
            case "NUMBER" -> FieldType.DOUBLE;
            case "CHECKBOX" -> FieldType.BOOLEAN;
            case "DATE" -> FieldType.DATE;
            case "DATETIME" -> FieldType.DATETIME;
            default -> throw new IllegalArgumentException("an event field type is TEXT, LONG_TEXT_AREA, NUMBER,"
                    + " CHECKBOX, DATE or DATETIME, got '" + name + "'");
        };
    }
}
