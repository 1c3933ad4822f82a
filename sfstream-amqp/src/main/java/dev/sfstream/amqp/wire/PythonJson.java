package dev.sfstream.amqp.wire;

import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a value as Python's {@code json.dumps(value)} would with its defaults (what Nameko publishes):
 * separators {@code ", "} and {@code ": "}, {@code ensure_ascii} (every character outside printable
 * ASCII escaped as lowercase {@code \}{@code uhhhh (four hex digits)}, astral characters as surrogate pairs), floats in
 * Python's {@code repr} form, and {@code NaN}/{@code Infinity} for non-finite floats.
 */
public final class PythonJson {
    private final ObjectMapper mapper;

    public PythonJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The UTF-8 bytes of the JSON text (pure ASCII because of {@code ensure_ascii}). */
    public byte[] toBytes(Object value) {
        return toText(value).getBytes(StandardCharsets.US_ASCII);
    }

    /** The JSON text; Jackson decides how a Java object maps to JSON values. */
    public String toText(Object value) {
        StringBuilder out = new StringBuilder();
        write(mapper.valueToTree(value), out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    writeString(field.getKey(), out);
                    out.append(": ");
                    write(field.getValue(), out);
                    if (fields.hasNext()) {
                        out.append(", ");
                    }
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING, BINARY -> writeString(node.asText(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case POJO -> throw new IllegalArgumentException("cannot write " + node + " as JSON");
        }
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber() || node.isBigDecimal()) {
            out.append(node.numberValue().toString());
        } else if (node.isFloat()) {
            // a Java float means the decimal it prints as, not its binary expansion
            out.append(pythonFloat(Double.parseDouble(Float.toString(node.floatValue()))));
        } else {
            out.append(pythonFloat(node.doubleValue()));
        }
    }

    /** Python's {@code float.__repr__}: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        String sign = (value < 0 || (value == 0 && 1 / value < 0)) ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        // Schubfach gives the shortest digits on every JDK (Double.toString does only from JDK 19).
        String java = NumberOutput.toString(Math.abs(value), true);
        int exponentAt = java.indexOf('E');
        String mantissa = exponentAt < 0 ? java : java.substring(0, exponentAt);
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(java.substring(exponentAt + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int pointPosition = dot + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.length() - 1 && digits.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        digits = digits.substring(leadingZeros);
        pointPosition -= leadingZeros;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java may print two digits where one would round-trip; Python prints the shortest
            String oneDigit = oneDigitForm(Math.abs(value), digits, pointPosition);
            if (oneDigit != null) {
                pointPosition += oneDigit.length() - 1;
                digits = oneDigit.substring(0, 1);
            }
        }
        // value = 0.<digits> * 10^pointPosition
        if (pointPosition <= -4 || pointPosition > 16) {
            String head = digits.substring(0, 1) + (digits.length() > 1 ? "." + digits.substring(1) : "");
            int e = pointPosition - 1;
            return sign + head + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (pointPosition <= 0) {
            return sign + "0." + "0".repeat(-pointPosition) + digits;
        }
        if (pointPosition >= digits.length()) {
            return sign + digits + "0".repeat(pointPosition - digits.length()) + ".0";
        }
        return sign + digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
    }

    /** The one-digit decimal (as "d", or "10" when rounding up carries) that parses back to {@code value}. */
    private static String oneDigitForm(double value, String twoDigits, int pointPosition) {
        int first = twoDigits.charAt(0) - '0';
        String down = String.valueOf(first);
        String up = String.valueOf(first + 1);
        boolean downWorks = Double.parseDouble("0." + down + "E" + pointPosition) == value;
        boolean upWorks = Double.parseDouble("0." + up.charAt(0) + "E" + (pointPosition + up.length() - 1)) == value;
        if (downWorks && upWorks) {
            return twoDigits.charAt(1) >= '5' ? up : down;
        }
        return downWorks ? down : upWorks ? up : null;
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append('"');
    }
}
