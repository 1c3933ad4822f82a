package dev.sfstream.emulator.internal.soql;

import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.internal.records.StoredRecord;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Evaluates WHERE conditions against records with SOQL's rules: text compares without regard to case,
 * ids match in 15- or 18-character form, {@code = null} tests for a missing value.
 */
public final class RecordMatcher {
    private final SObjectSchema schema;

    public RecordMatcher(SObjectSchema schema) {
        this.schema = schema;
    }

    public boolean matches(Condition condition, StoredRecord record) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof Condition.Comparison c) {
            return compare(c, record.get(c.field().name()));
        }
        if (condition instanceof Condition.InList in) {
            return in.negated() != in.values().stream()
                    .anyMatch(v -> equal(in.field().name(), record.get(in.field().name()), v));
        }
        if (condition instanceof Condition.Like like) {
            return like(record.get(like.field().name()), like.pattern());
        }
        if (condition instanceof Condition.Junction j) {
            return j.and() ? j.parts().stream().allMatch(p -> matches(p, record))
                    : j.parts().stream().anyMatch(p -> matches(p, record));
        }
        if (condition instanceof Condition.Negation n) {
            return !matches(n.inner(), record);
        }
        throw new IllegalStateException("semi-joins are refused before evaluation");
    }

    /** Orders two values as ORDER BY does (nulls first). */
    public int order(String field, Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return compareValues(field, a, b);
    }

    private boolean compare(Condition.Comparison c, Object actual) {
        String field = c.field().name();
        Object expected = c.value();
        if (expected == SoqlLiteral.NULL) {
            return switch (c.operator()) {
                case "=" -> actual == null;
                case "!=" -> actual != null;
                default -> false;
            };
        }
        if (actual == null) {
            return c.operator().equals("!=");
        }
        return switch (c.operator()) {
            case "=" -> equal(field, actual, expected);
            case "!=" -> !equal(field, actual, expected);
            case "<" -> compareValues(field, actual, expected) < 0;
            case ">" -> compareValues(field, actual, expected) > 0;
            case "<=" -> compareValues(field, actual, expected) <= 0;
            case ">=" -> compareValues(field, actual, expected) >= 0;
            default -> false;
        };
    }

    private boolean equal(String field, Object actual, Object expected) {
        if (expected == SoqlLiteral.NULL) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (isIdField(field) && actual instanceof String a && expected instanceof String e) {
            return SalesforceIds.canonical(a).equals(SalesforceIds.canonical(e)) && SalesforceIds.canonical(a).isPresent()
                    || a.equals(e);
        }
        return compareValues(field, actual, expected) == 0;
    }

    private int compareValues(String field, Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString()));
        }
        if (actual instanceof Boolean a && expected instanceof Boolean e) {
            return Boolean.compare(a, e);
        }
        if (isIdField(field)) {
            return String.valueOf(actual).compareTo(String.valueOf(expected));
        }
        return String.valueOf(actual).toLowerCase(Locale.ROOT)
                .compareTo(String.valueOf(expected).toLowerCase(Locale.ROOT));
    }

    private static boolean like(Object actual, String pattern) {
        if (actual == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '%' || c == '_') {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(String.valueOf(actual)).matches();
    }

    private boolean isIdField(String field) {
        return schema.field(field)
                .map(f -> f.type() == FieldType.ID || f.type() == FieldType.REFERENCE)
                .orElse(Objects.equals(field, "Id"));
    }
}
