package dev.sfstream.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON (or YAML, through Jackson's YAML parser) read into and written from plain values: {@link LinkedHashMap},
 * {@link ArrayList}, strings, the smallest fitting integer type, doubles, booleans and nulls, which is what
 * Jackson's untyped data binding builds. On Jackson's streaming API alone: the data binding costs a start tens
 * of milliseconds of class loading and initialisation that these few shapes do not need.
 */
public final class PlainJson {
    private static final JsonFactory JSON = new JsonFactory();

    private PlainJson() {
    }

    /** The JSON document in {@code text}: a map, list, string, number, boolean or null. */
    public static Object parse(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IOException("no JSON value, the text is empty");
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new IOException("more than one JSON value at " + parser.currentLocation().offsetDescription());
            }
            return value;
        }
    }

    /**
     * The JSON object in {@code text}; null when the text is not JSON or holds another kind of value (an error
     * page, say), which callers report in their own terms.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObjectOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text) instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The value that starts at the parser's current token, leaving the parser on that value's last token. */
    public static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("no JSON value here");
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token + " at "
                    + parser.currentLocation().offsetDescription());
        };
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, read(parser));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(read(parser));
        }
        return array;
    }

    /**
     * {@code value} as JSON text.
     *
     * @throws NotPlainException when it holds a value of another type than maps, collections, arrays of objects,
     *     strings, numbers, booleans and nulls
     */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            write(generator, value);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }

    /** Writes {@code value} with {@code generator}; see {@link #write(Object)}. */
    public static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof CharSequence text) {
            generator.writeString(text.toString());
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Number number) {
            writeNumber(generator, number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> collection) {
            generator.writeStartArray();
            for (Object item : collection) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Object[] array) {
            generator.writeStartArray();
            for (Object item : array) {
                write(generator, item);
            }
            generator.writeEndArray();
        } else {
            throw new NotPlainException(value);
        }
    }

    private static void writeNumber(JsonGenerator generator, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            generator.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            generator.writeNumber(number.longValue());
        } else if (number instanceof Double) {
            generator.writeNumber(number.doubleValue());
        } else if (number instanceof Float) {
            generator.writeNumber(number.floatValue());
        } else if (number instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else {
            throw new NotPlainException(number);
        }
    }

    /** A value {@link PlainJson} does not write: a bean, a date, an enum; data binding's business. */
    public static final class NotPlainException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotPlainException(Object value) {
            super("a " + value.getClass().getName() + " is not a plain JSON value (map, list, string, number, "
                    + "boolean or null)");
        }
    }
}
