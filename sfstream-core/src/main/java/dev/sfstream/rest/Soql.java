package dev.sfstream.rest;

/** Writes values into SOQL safely. */
public final class Soql {
    private Soql() {
    }

    /**
     * The value as a quoted SOQL string literal, with SOQL's escape sequences for quotes, backslashes and
     * control characters: {@code O'Brien} becomes {@code 'O\'Brien'}.
     */
    public static String literal(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a SOQL literal needs a value, not null");
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
