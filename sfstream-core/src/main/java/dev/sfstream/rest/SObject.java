package dev.sfstream.rest;

import java.util.Map;
import java.util.Objects;

/**
 * A record to save in an sObject collection request.
 *
 * @param type the sObject type, e.g. {@code Contact}
 * @param id the record id for updates; null for creates
 * @param fields the field values to save (without {@code Id} and {@code attributes})
 */
public record SObject(String type, String id, Map<String, Object> fields) {
    public SObject {
        Objects.requireNonNull(type, "type");
        fields = Map.copyOf(fields);
    }

    /** A record to create. */
    public static SObject of(String type, Map<String, Object> fields) {
        return new SObject(type, null, fields);
    }
}
