package dev.sfstream.emulator.internal.bayeux;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ?Field=value&Other='value'} part of a filtered PushTopic subscription. As Salesforce documents
 * it, {@code &} acts as a logical OR: an event is delivered when any named field of {@code data.sobject}
 * equals its value (compared as text; a value may be written in single quotes).
 */
record SubscriptionFilter(Map<String, String> fieldValues) {
    static final SubscriptionFilter NONE = new SubscriptionFilter(Map.of());

    SubscriptionFilter {
        fieldValues = Map.copyOf(fieldValues);
    }

    /** Parses the part after {@code ?}; a subscription without one matches everything. */
    static SubscriptionFilter of(String subscription) {
        int question = subscription.indexOf('?');
        if (question < 0 || question == subscription.length() - 1) {
            return NONE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : subscription.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), unquote(pair.substring(equals + 1)));
            }
        }
        return new SubscriptionFilter(values);
    }

    static String channelOf(String subscription) {
        int question = subscription.indexOf('?');
        return question < 0 ? subscription : subscription.substring(0, question);
    }

    /** Whether the subscription names no field, so that every event matches. */
    boolean isEmpty() {
        return fieldValues.isEmpty();
    }

    boolean matches(Map<String, Object> data) {
        if (fieldValues.isEmpty()) {
            return true;
        }
        if (!(data.get("sobject") instanceof Map<?, ?> sobject)) {
            return false;
        }
        for (Map.Entry<String, String> wanted : fieldValues.entrySet()) {
            Object actual = field(sobject, wanted.getKey());
            if (actual != null && String.valueOf(actual).equals(wanted.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Field names are case-insensitive in Salesforce; the exact spelling is tried first. */
    private static Object field(Map<?, ?> sobject, String name) {
        Object exact = sobject.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<?, ?> entry : sobject.entrySet()) {
            if (name.equalsIgnoreCase(String.valueOf(entry.getKey()))) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("'") && value.endsWith("'")
                ? value.substring(1, value.length() - 1) : value;
    }
}
