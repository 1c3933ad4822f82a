package dev.sfstream.pubsub.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * Writes an event's field values as a raw Avro datum of its schema, the way REST accepts them: numbers or numeric
 * text, {@code true}/{@code false}, datetimes as ISO-8601 text or epoch milliseconds, dates as {@code 2024-01-31}.
 * {@code CreatedDate} and {@code CreatedById} default to now and the logged-in user.
 */
final class PayloadEncoder {
    private PayloadEncoder() {
    }

    /** @throws IllegalArgumentException naming the event and field of a value that does not fit */
    static byte[] encode(Schema schema, Map<String, ?> fields, String userId, Instant now) {
        for (String name : fields.keySet()) {
            if (schema.getField(name) == null) {
                throw new IllegalArgumentException(schema.getName() + " has no field " + name);
            }
        }
        GenericData.Record record = new GenericData.Record(schema);
        for (Schema.Field field : schema.getFields()) {
            Object value = fields.get(field.name());
            if (value == null && field.name().equals("CreatedDate")) {
                value = now.toEpochMilli();
            } else if (value == null && field.name().equals("CreatedById")) {
                value = userId;
            }
            try {
                record.put(field.pos(), convert(field, PayloadDecoder.nonNull(field.schema()), value,
                        field.schema().isNullable()));
            } catch (RuntimeException misfit) {
                throw new IllegalArgumentException(schema.getName() + "." + field.name() + ": " + misfit.getMessage(),
                        misfit);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            new GenericDatumWriter<GenericData.Record>(schema).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object convert(Schema.Field field, Schema type, Object value, boolean nullable) {
        if (value == null) {
            if (nullable) {
                return null;
            }
            throw new IllegalArgumentException("a value is required");
        }
        String doc = field.doc() == null ? "" : field.doc();
        return switch (type.getType()) {
            case STRING -> String.valueOf(value);
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value).trim());
            case DOUBLE -> number(value).doubleValue();
            case FLOAT -> number(value).floatValue();
            case INT -> number(value).intValueExact();
            case LONG -> value instanceof Number n ? n.longValue() : millis(String.valueOf(value), doc);
            default -> throw new IllegalArgumentException("fields of Avro type " + type.getType()
                    + " cannot be published by sfstream");
        };
    }

    private static BigDecimal number(Object value) {
        return value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(value).trim());
    }

    private static long millis(String text, String doc) {
        if (doc.endsWith(":Date")) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (RuntimeException notIso) {
            return Long.parseLong(text.trim());
        }
    }
}
