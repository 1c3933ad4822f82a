package dev.sfstream.emulator.internal.records;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks and converts the field values of a REST write: known or custom field names only, no read-only
 * fields, values of the field's type (numeric and boolean strings are coerced, as Salesforce does), ids
 * in reference fields, and string lengths.
 */
public final class FieldValues {
    private FieldValues() {
    }

    /** The validated values keyed by the fields' canonical names. */
    public static Map<String, Object> validate(SObjectSchema schema, Map<String, Object> input) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : input.entrySet()) {
            String name = entry.getKey();
            if ("attributes".equals(name)) {
                continue;
            }
            FieldSpec spec = schema.fieldOrCustom(name, entry.getValue())
                    .orElseThrow(() -> ApiError.invalidField(name, schema.name()));
            if (!spec.writable()) {
                throw ApiError.readOnlyField(spec.name());
            }
            values.put(spec.name(), coerce(spec, entry.getValue()));
        }
        return values;
    }

    static Object coerce(FieldSpec spec, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw jsonError(spec, value);
        }
        return switch (spec.type()) {
            case BOOLEAN -> toBoolean(spec, value);
            case DOUBLE, CURRENCY, INTEGER -> toNumber(spec, value);
            case REFERENCE, ID -> toId(spec, value);
            default -> checkLength(spec, value instanceof String s ? s : String.valueOf(value));
        };
    }

    private static Object toBoolean(FieldSpec spec, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw jsonError(spec, value);
    }

    private static Object toNumber(FieldSpec spec, Object value) {
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw jsonError(spec, value);
            }
        }
        throw jsonError(spec, value);
    }

    private static Object toId(FieldSpec spec, Object value) {
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        Optional<String> id = value instanceof String s ? SalesforceIds.canonical(s) : Optional.empty();
        return id.orElseThrow(() -> ApiError.badRequest("MALFORMED_ID",
                spec.name() + ": id value of incorrect type: " + value, spec.name()));
    }

    private static Object checkLength(FieldSpec spec, String value) {
        if (spec.length() > 0 && value.length() > spec.length()) {
            throw ApiError.badRequest("STRING_TOO_LONG", spec.name() + ": data value too large: " + value
                    + " (max length=" + spec.length() + ")", spec.name());
        }
        return value;
    }

    private static ApiError jsonError(FieldSpec spec, Object value) {
        String kind = value instanceof Map ? "START_OBJECT" : value instanceof List ? "START_ARRAY"
                : value instanceof String ? "VALUE_STRING" : "VALUE_" + value.getClass().getSimpleName().toUpperCase();
        return ApiError.badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of "
                + spec.type().describeName() + " from " + kind + " value " + value + " or request may be missing"
                + " a required field", spec.name());
    }
}
