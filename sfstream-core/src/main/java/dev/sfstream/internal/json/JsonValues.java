package dev.sfstream.internal.json;

import java.util.List;
import java.util.Map;

/**
 * Lenient reads of fields of a {@link PlainJson} value, as Jackson's tree nodes read them ({@code path(name)
 * .asText(default)} and the like): a missing field, a null or a value of another kind gives the default, and
 * numbers, booleans and text convert between each other where that is unambiguous.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The field {@code name} of {@code object} when that is a map; null otherwise. */
    public static Object field(Object object, String name) {
        return object instanceof Map<?, ?> map ? map.get(name) : null;
    }

    /** The field as a map; an empty map when it is missing or not an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object object, String name) {
        return field(object, name) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The value as a list; an empty list when it is missing or not an array. */
    public static List<?> array(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** Whether the field is present and not null. */
    public static boolean has(Object object, String name) {
        return field(object, name) != null;
    }

    /** The field as text (a number or boolean as written); {@code otherwise} when missing, null or a container. */
    public static String text(Object object, String name, String otherwise) {
        return text(field(object, name), otherwise);
    }

    /** The value as text; see {@link #text(Object, String, String)}. */
    public static String text(Object value, String otherwise) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return otherwise;
    }

    /** The field as a boolean ({@code "true"}/{@code "false"} text, a whole number but 0); else {@code otherwise}. */
    public static boolean bool(Object object, String name, boolean otherwise) {
        Object value = field(object, name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue() != 0;
        }
        if (value instanceof String text) {
            String trimmed = text.trim();
            return trimmed.equals("true") || (!trimmed.equals("false") && otherwise);
        }
        return otherwise;
    }

    /** The field as a long (text holding a whole number counts); {@code otherwise} when it is none. */
    public static long whole(Object object, String name, long otherwise) {
        Object value = field(object, name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException notWhole) {
                return otherwise;
            }
        }
        return otherwise;
    }
}
