package dev.sfstream.emulator.internal.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.emulator.internal.records.Timestamps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * Writes an event payload (the map CometD delivers) as a raw binary Avro datum of its schema, and reads
 * one back. Dates become epoch milliseconds; a value that does not fit an optional field is written as null.
 */
public final class AvroPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOT_STREAMING = Long.MIN_VALUE;

    private AvroPayloads() {
    }

    public static byte[] encode(RegisteredSchema schema, Map<String, Object> payload) {
        Object record = convert(schema.schema(), payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            new GenericDatumWriter<>(schema.schema()).write(record, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException e) {
            throw new IllegalArgumentException("the payload does not fit schema " + schema.id() + ": "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a datum into the map CometD subscribers get: datetimes as {@code 2024-01-31T10:00:00.000Z}, dates
     * as {@code 2024-01-31}.
     *
     * @throws IllegalArgumentException when the bytes are not a datum of the schema
     */
    public static Map<String, Object> decode(RegisteredSchema schema, byte[] bytes) {
        GenericRecord record;
        try {
            record = new GenericDatumReader<GenericRecord>(schema.schema())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the payload is not an Avro datum of schema " + schema.id(), e);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        for (EventField field : schema.definition().fields()) {
            Object value = plain(record.get(field.name()));
            if (value instanceof Long millis && field.kind() == FieldKind.DATETIME) {
                value = Timestamps.streaming(Instant.ofEpochMilli(millis));
            } else if (value instanceof Long millis && field.kind() == FieldKind.DATE) {
                value = LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC).toString();
            }
            payload.put(field.name(), value);
        }
        return payload;
    }

    private static Object plain(Object avro) {
        if (avro instanceof CharSequence || avro instanceof GenericData.EnumSymbol) {
            return avro.toString();
        }
        if (avro instanceof GenericRecord nested) {
            Map<String, Object> map = new LinkedHashMap<>();
            nested.getSchema().getFields().forEach(f -> map.put(f.name(), plain(nested.get(f.pos()))));
            return map;
        }
        if (avro instanceof List<?> list) {
            return list.stream().map(AvroPayloads::plain).toList();
        }
        return avro;
    }

    private static Object convert(Schema schema, Object value) {
        return switch (schema.getType()) {
            case UNION -> value == null ? null : optional(schema.getTypes().get(1), value);
            case RECORD -> record(schema, value instanceof Map<?, ?> map ? map : Map.of());
            case ARRAY -> array(schema, value);
            case ENUM -> new GenericData.EnumSymbol(schema, String.valueOf(value));
            case STRING -> value == null ? "" : text(value);
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
            case DOUBLE -> value == null ? 0.0 : number(value).doubleValue();
            case INT -> value == null ? 0 : number(value).intValue();
            case LONG -> value == null ? 0L : millis(value);
            default -> throw new IllegalArgumentException("no event field has Avro type " + schema.getType());
        };
    }

    private static Object optional(Schema type, Object value) {
        try {
            return convert(type, value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static GenericRecord record(Schema schema, Map<?, ?> values) {
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            record.put(field.pos(), convert(field.schema(), values.get(field.name())));
        }
        return record;
    }

    private static List<Object> array(Schema schema, Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> items.add(convert(schema.getElementType(), item)));
        }
        return items;
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map || value instanceof List) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return String.valueOf(value);
    }

    /**
     * The epoch milliseconds of a valid {@code 2024-01-31T10:00:00.000Z} (the form every event's CreatedDate has), as
     * {@link Instant#parse} gives them at several times the cost; {@link #NOT_STREAMING} for any other text.
     */
    private static long streamingMillis(String text) {
        if (text.length() != 24 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || text.charAt(23) != 'Z') {
            return NOT_STREAMING;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int millis = digits(text, 20, 23);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || millis < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return NOT_STREAMING;
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return seconds * 1_000L + millis;
    }

    /** The number the decimal digits of {@code text[from, to)} spell; -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : new BigDecimal(String.valueOf(value).trim());
    }

    private static long millis(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        String text = String.valueOf(value);
        long streaming = streamingMillis(text);
        if (streaming != NOT_STREAMING) {
            return streaming;
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException notIso) {
            Instant rest = Timestamps.parseRest(text);
            if (rest != null) {
                return rest.toEpochMilli();
            }
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }
}
