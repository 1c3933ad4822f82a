package dev.sfstream.emulator.internal.bayeux;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ?Field=value&Other=value} part of a filtered PushTopic subscription: an event is delivered
 * only when every named field of {@code data.sobject} equals its value (compared as text).
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
                values.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return new SubscriptionFilter(values);
    }

    static String channelOf(String subscription) {
        int question = subscription.indexOf('?');
        return question < 0 ? subscription : subscription.substring(0, question);
    }

    boolean matches(Map<String, Object> data) {
        if (fieldValues.isEmpty()) {
            return true;
        }
        if (!(data.get("sobject") instanceof Map<?, ?> sobject)) {
            return false;
        }
        for (Map.Entry<String, String> wanted : fieldValues.entrySet()) {
            Object actual = sobject.get(wanted.getKey());
            if (actual == null || !String.valueOf(actual).equals(wanted.getValue())) {
                return false;
            }
        }
        return true;
    }
}
