package dev.sfstream.emulator.internal.events;

import dev.sfstream.emulator.internal.records.FieldType;

/** How a field's value is carried in Avro; datetimes and dates are epoch milliseconds. */
public enum FieldKind {
    STRING, BOOLEAN, DOUBLE, INT, LONG, DATETIME, DATE;

    /** The kind of an sObject field of this describe type. */
    public static FieldKind of(FieldType type) {
        return switch (type) {
            case BOOLEAN -> BOOLEAN;
            case DOUBLE, CURRENCY -> DOUBLE;
            case INTEGER -> INT;
            case DATETIME -> DATETIME;
            case DATE -> DATE;
            default -> STRING;
        };
    }

    /** The kind a field of an undeclared event gets from the first value published in it (a kind: itself). */
    static FieldKind inferred(Object value) {
        if (value instanceof FieldKind kind) {
            return kind;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return value instanceof Number ? DOUBLE : STRING;
    }
}
