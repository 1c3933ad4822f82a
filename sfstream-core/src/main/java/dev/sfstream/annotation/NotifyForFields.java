package dev.sfstream.annotation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which field changes make Salesforce notify a PushTopic's subscribers (the PushTopic's
 * {@code NotifyForFields}): any field, the fields in SELECT and WHERE, in SELECT, or in WHERE.
 */
public enum NotifyForFields {
    ALL("All"),
    REFERENCED("Referenced"),
    SELECT("Select"),
    WHERE("Where");

    private final String value;

    NotifyForFields(String value) {
        this.value = value;
    }

    /** The value Salesforce stores in the PushTopic, e.g. {@code Referenced}. */
    public String value() {
        return value;
    }

    /**
     * The member for a Salesforce value, case-insensitively ({@code All}, {@code Referenced},
     * {@code Select}, {@code Where}).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static NotifyForFields fromValue(String value) {
        for (NotifyForFields member : values()) {
            if (member.value.equalsIgnoreCase(value)) {
                return member;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a valid NotifyForFields; expected one of "
                + Arrays.stream(values()).map(NotifyForFields::value).collect(Collectors.joining(", ")));
    }
}
