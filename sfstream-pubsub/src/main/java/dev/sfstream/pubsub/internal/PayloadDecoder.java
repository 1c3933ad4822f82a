package dev.sfstream.pubsub.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Reads an event's Avro datum into the payload map a CometD subscriber gets: strings as strings, datetimes as
 * CometD writes them ({@code 2024-01-31T10:00:00.000Z} for platform events, {@code 2024-01-31T10:00:00Z} for
 * change events), dates as {@code 2024-01-31}. A change event keeps, as on CometD, only the fields that have a
 * value or were set to null, and its header's bitmap field lists become field names.
 */
final class PayloadDecoder {
    static final String HEADER = "ChangeEventHeader";
    private static final List<String> BITMAP_FIELDS = List.of("changedFields", "nulledFields", "diffFields");
    private static final DateTimeFormatter EVENT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private PayloadDecoder() {
    }

    static Map<String, Object> decode(GenericRecord record) {
        Schema schema = record.getSchema();
        Map<String, Object> payload = new LinkedHashMap<>();
        if (schema.getField(HEADER) == null) {
            for (Schema.Field field : schema.getFields()) {
                payload.put(field.name(), value(field, record.get(field.pos()), false));
            }
            return payload;
        }
        Map<String, Object> header = header((GenericRecord) record.get(HEADER), schema);
        payload.put(HEADER, header);
        Set<String> nulled = Set.copyOf(names(header.get("nulledFields")));
        for (Schema.Field field : schema.getFields()) {
            Object raw = record.get(field.pos());
            if (field.name().equals(HEADER) || raw == null && !nulled.contains(field.name())) {
                continue;
            }
            Object value = raw instanceof GenericRecord nested ? changedParts(nested, field.name(), nulled)
                    : value(field, raw, true);
            if (!(value instanceof Map<?, ?> parts && parts.isEmpty()) || nulled.contains(field.name())) {
                payload.put(field.name(), value);
            }
        }
        return payload;
    }

    private static Map<String, Object> header(GenericRecord header, Schema eventSchema) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Schema.Field field : header.getSchema().getFields()) {
            Object value = plain(header.get(field.pos()));
            if (BITMAP_FIELDS.contains(field.name()) && value instanceof List<?> bitmaps) {
                value = ChangedFieldNames.decode(bitmaps, eventSchema);
            }
            map.put(field.name(), value);
        }
        return map;
    }

    private static Map<String, Object> changedParts(GenericRecord nested, String parent, Set<String> nulled) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Schema.Field part : nested.getSchema().getFields()) {
            Object raw = nested.get(part.pos());
            if (raw != null || nulled.contains(parent + "." + part.name())) {
                parts.put(part.name(), value(part, raw, true));
            }
        }
        return parts;
    }

    private static Object value(Schema.Field field, Object raw, boolean changeEvent) {
        if (raw instanceof Number number && !(raw instanceof Double || raw instanceof Float)) {
            Schema type = nonNull(field.schema());
            LogicalType logical = type.getLogicalType();
            String doc = field.doc() == null ? "" : field.doc();
            if (logical != null && logical.getName().startsWith("timestamp") || doc.endsWith(":DateTime")) {
                Instant instant = Instant.ofEpochMilli(number.longValue());
                return changeEvent ? DateTimeFormatter.ISO_INSTANT.format(instant) : eventTime(instant);
            }
            if (logical != null && logical.getName().equals("date") || doc.endsWith(":Date")) {
                return type.getType() == Schema.Type.INT ? LocalDate.ofEpochDay(number.longValue()).toString()
                        : LocalDate.ofInstant(Instant.ofEpochMilli(number.longValue()), ZoneOffset.UTC).toString();
            }
        }
        return plain(raw);
    }

    /** As {@link #EVENT_TIME} formats it, without its general machinery for the years every event has. */
    static String eventTime(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return EVENT_TIME.format(instant);
        }
        StringBuilder text = new StringBuilder(24).append(time.getYear());
        twoDigits(text.append('-'), time.getMonthValue());
        twoDigits(text.append('-'), time.getDayOfMonth());
        twoDigits(text.append('T'), time.getHour());
        twoDigits(text.append(':'), time.getMinute());
        twoDigits(text.append(':'), time.getSecond());
        int millis = time.getNano() / 1_000_000;
        text.append('.').append((char) ('0' + millis / 100));
        return twoDigits(text, millis % 100).append('Z').toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static Object plain(Object avro) {
        if (avro instanceof CharSequence || avro instanceof GenericData.EnumSymbol) {
            return avro.toString();
        }
        if (avro instanceof GenericRecord nested) {
            Map<String, Object> map = new LinkedHashMap<>();
            nested.getSchema().getFields().forEach(f -> map.put(f.name(), value(f, nested.get(f.pos()), false)));
            return map;
        }
        if (avro instanceof List<?> list) {
            return list.stream().map(PayloadDecoder::plain).toList();
        }
        if (avro instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key.toString(), plain(item)));
            return copy;
        }
        if (avro instanceof ByteBuffer bytes) {
            return Base64.getEncoder().encodeToString(bytes.array());
        }
        return avro;
    }

    private static List<String> names(Object list) {
        return list instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }

    static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }

    /** The record type of a field, through a nullable union; null when it is not a record. */
    static Schema recordOf(Schema schema) {
        Schema type = nonNull(schema);
        return type.getType() == Schema.Type.RECORD ? type : null;
    }
}
