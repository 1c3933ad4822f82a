package dev.sfstream.emulator.internal.records;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One record as stored: its type, 18-character id, field values (names matched in any letter case) and
 * whether it sits in the recycle bin.
 */
public record StoredRecord(String type, String id, Map<String, Object> fields, boolean deleted) {
    public StoredRecord {
        TreeMap<String, Object> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
    }

    /** The value of a field (null when unset). */
    public Object get(String field) {
        return fields.get(field);
    }

    public StoredRecord withFields(Map<String, Object> newFields, boolean isDeleted) {
        return new StoredRecord(type, id, newFields, isDeleted);
    }
}
