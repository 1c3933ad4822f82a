package dev.sfstream.emulator.internal.faults;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fault from the JSON object posted to {@code /__emulator__/faults}. Keys: {@code channel} or
 * {@code path}; {@code error} (with optional {@code advice} and {@code failureReason}), {@code status}
 * (with optional {@code body}), {@code drop}, {@code disconnect} or {@code malformed}; {@code delayMs};
 * {@code times} (default 1, negative for every request until cleared).
 */
public final class FaultRuleParser {
    private static final Set<String> KEYS = Set.of("channel", "path", "error", "advice", "failureReason",
            "status", "body", "delayMs", "drop", "disconnect", "malformed", "times");

    private FaultRuleParser() {
    }

    public static FaultRule parse(Map<String, Object> json) {
        for (String key : json.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown fault key '" + key + "'; known keys: " + KEYS);
            }
        }
        String channel = text(json, "channel");
        String path = text(json, "path");
        String error = text(json, "error");
        BayeuxError bayeuxError = null;
        if (error != null) {
            Map<String, Object> advice = json.containsKey("advice")
                    ? object(json, "advice") : BayeuxError.defaultAdvice(channel, error);
            bayeuxError = new BayeuxError(error, advice, text(json, "failureReason"));
        } else if (json.containsKey("advice") || json.containsKey("failureReason")) {
            throw new IllegalArgumentException("fault keys 'advice' and 'failureReason' need an 'error'");
        }
        String malformed = text(json, "malformed");
        MalformedResponse malformedResponse = null;
        if (malformed != null) {
            try {
                malformedResponse = MalformedResponse.valueOf(malformed.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fault 'malformed' must be one of "
                        + java.util.Arrays.toString(MalformedResponse.values()) + ", got '" + malformed + "'", e);
            }
        }
        return new FaultRule(channel, path, bayeuxError, (int) number(json, "status", 0), text(json, "body"),
                number(json, "delayMs", 0), flag(json, "drop"), flag(json, "disconnect"), malformedResponse,
                (int) number(json, "times", 1));
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("fault '" + key + "' must be a string, got " + value);
    }

    private static long number(Map<String, Object> json, String key, long fallback) {
        Object value = json.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        throw new IllegalArgumentException("fault '" + key + "' must be an integer, got " + value);
    }

    private static boolean flag(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new IllegalArgumentException("fault '" + key + "' must be true or false, got " + value);
    }

    private static Map<String, Object> object(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        throw new IllegalArgumentException("fault '" + key + "' must be a JSON object, got " + value);
    }
}
