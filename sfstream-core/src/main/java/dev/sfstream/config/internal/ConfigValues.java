package dev.sfstream.config.internal;

import dev.sfstream.config.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Typed reads of one config section whose errors name the key ({@code SALESFORCE.PUSHTOPIC_REPLAY_TTL}).
 * Values of secret keys are never repeated in a message.
 */
public final class ConfigValues {
    private final String section;
    private final Map<String, Object> values;

    public ConfigValues(String section, Map<String, Object> values) {
        this.section = section;
        this.values = values;
    }

    /** Whether the key is present with a non-null value. */
    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** The value as text, or {@code fallback} when absent; numbers and booleans are written as YAML would. */
    public String text(String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : value.toString();
    }

    /** An API or protocol version: a whole number gets {@code .0} appended, so {@code 60} reads as {@code 60.0}. */
    public String version(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String text = value.toString().trim();
        if (!text.matches("\\d+(\\.\\d+)?")) {
            throw bad(key, "a version such as 60.0", value);
        }
        return text.contains(".") ? text : text + ".0";
    }

    /** A boolean: YAML booleans or the words true/false, yes/no, on/off, 1/0 in any case. */
    public boolean flag(String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0", "" -> false;
            default -> throw bad(key, "true or false", value);
        };
    }

    /** A whole number at least {@code minimum}. */
    public long number(String key, long fallback, long minimum) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        long number;
        try {
            number = value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)
                    ? n.longValue() : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException notANumber) {
            throw bad(key, "a whole number", value);
        }
        if (number < minimum) {
            throw bad(key, "a whole number of at least " + minimum, value);
        }
        return number;
    }

    /** One of an enum's members, by name in any case. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String name = value.toString().trim().toUpperCase(Locale.ROOT);
        for (E member : type.getEnumConstants()) {
            if (member.name().equals(name)) {
                return member;
            }
        }
        String accepted = Arrays.stream(type.getEnumConstants())
                .map(member -> member.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw bad(key, "one of " + accepted, value);
    }

    private ConfigurationException bad(String key, String expected, Object value) {
        return new ConfigurationException("`" + section + "." + key + "` must be " + expected + ", got '" + value + "'");
    }
}
