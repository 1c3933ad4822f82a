package dev.sfstream.pubsub.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Reads the Avro datums of one writer schema into the payload maps {@link PayloadDecoder} makes. A platform event's
 * datum is read straight into its map, field by field, with what each field needs (a datetime, a date) worked out
 * once per schema, not per event: no intermediate {@code GenericRecord}, no {@code Utf8}. A change event (its header
 * needs the whole record) or a schema with a type read that way does not cover ({@code fixed}) goes through Avro's
 * generic reader and {@link PayloadDecoder#decode}. Thread-safe.
 */
final class PayloadReader {
    private final Schema schema;
    private final GenericDatumReader<GenericRecord> generic;
    private final Fields direct;

    private PayloadReader(Schema schema, GenericDatumReader<GenericRecord> generic, Fields direct) {
        this.schema = schema;
        this.generic = generic;
        this.direct = direct;
    }

    /** The reader of {@code schema}'s datums, made once per schema: it works out each field's reading. */
    static PayloadReader of(Schema schema) {
        Fields direct = schema.getField(PayloadDecoder.HEADER) == null ? Fields.of(schema, new HashSet<>()) : null;
        return new PayloadReader(schema, direct == null ? new GenericDatumReader<>(schema) : null, direct);
    }

    Schema schema() {
        return schema;
    }

    /** Whether datums are read straight into maps (false: through Avro's generic reader). */
    boolean direct() {
        return direct != null;
    }

    /** @throws IOException when {@code datum} is not a datum of the schema */
    Map<String, Object> read(byte[] datum) throws IOException {
        Decoder in = DecoderFactory.get().binaryDecoder(datum, null);
        return direct != null ? direct.read(in) : PayloadDecoder.decode(generic.read(null, in));
    }

    /** Reads one value of a type. */
    private interface Value {
        Object read(Decoder in) throws IOException;
    }

    /** A record's fields, read into a map in the schema's order. */
    private static final class Fields implements Value {
        private final String[] names;
        private final Value[] values;

        private Fields(String[] names, Value[] values) {
            this.names = names;
            this.values = values;
        }

        /** Null when a field has a type this reader does not cover, or the record contains itself. */
        static Fields of(Schema record, Set<String> enclosing) {
            if (!enclosing.add(record.getFullName())) {
                return null;
            }
            List<Schema.Field> fields = record.getFields();
            String[] names = new String[fields.size()];
            Value[] values = new Value[fields.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = fields.get(i).name();
                values[i] = value(fields.get(i).schema(), Shape.of(fields.get(i)), enclosing);
                if (values[i] == null) {
                    return null;
                }
            }
            enclosing.remove(record.getFullName());
            return new Fields(names, values);
        }

        @Override
        public Map<String, Object> read(Decoder in) throws IOException {
            Map<String, Object> map = new LinkedHashMap<>((int) (names.length / 0.75f) + 1);
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], values[i].read(in));
            }
            return map;
        }
    }

    /** How a field's whole number is shown, as {@link PayloadDecoder} decides it from the field's type and doc. */
    private enum Shape {
        NUMBER, DATETIME, EPOCH_DAY, EPOCH_MILLIS_DATE;

        static Shape of(Schema.Field field) {
            Schema type = PayloadDecoder.nonNull(field.schema());
            LogicalType logical = type.getLogicalType();
            String doc = field.doc() == null ? "" : field.doc();
            if (logical != null && logical.getName().startsWith("timestamp") || doc.endsWith(":DateTime")) {
                return DATETIME;
            }
            if (logical != null && logical.getName().equals("date") || doc.endsWith(":Date")) {
                return type.getType() == Schema.Type.INT ? EPOCH_DAY : EPOCH_MILLIS_DATE;
            }
            return NUMBER;
        }

        Object show(long number, Object boxed) {
            return switch (this) {
                case NUMBER -> boxed;
                case DATETIME -> PayloadDecoder.eventTime(Instant.ofEpochMilli(number));
                case EPOCH_DAY -> LocalDate.ofEpochDay(number).toString();
                case EPOCH_MILLIS_DATE -> LocalDate.ofInstant(Instant.ofEpochMilli(number), ZoneOffset.UTC).toString();
            };
        }
    }

    /** The reader of a value of {@code type}; whole numbers shown as {@code shape} says; null when not covered. */
    private static Value value(Schema type, Shape shape, Set<String> enclosing) {
        return switch (type.getType()) {
            case NULL -> in -> {
                in.readNull();
                return null;
            };
            case BOOLEAN -> Decoder::readBoolean;
            case INT -> shape == Shape.NUMBER ? Decoder::readInt : in -> {
                int number = in.readInt();
                return shape.show(number, number);
            };
            case LONG -> shape == Shape.NUMBER ? Decoder::readLong : in -> {
                long number = in.readLong();
                return shape.show(number, number);
            };
            case FLOAT -> Decoder::readFloat;
            case DOUBLE -> Decoder::readDouble;
            case STRING -> Decoder::readString;
            case BYTES -> in -> Base64.getEncoder().encodeToString(in.readBytes(null).array());
            case ENUM -> {
                List<String> symbols = List.copyOf(type.getEnumSymbols());
                yield in -> symbols.get(in.readEnum());
            }
            case RECORD -> Fields.of(type, enclosing);
            case ARRAY -> array(value(type.getElementType(), Shape.NUMBER, enclosing));
            case MAP -> map(value(type.getValueType(), Shape.NUMBER, enclosing));
            case UNION -> union(type.getTypes(), shape, enclosing);
            default -> null;
        };
    }

    private static Value union(List<Schema> types, Shape shape, Set<String> enclosing) {
        Value[] branches = new Value[types.size()];
        for (int i = 0; i < branches.length; i++) {
            branches[i] = value(types.get(i), shape, enclosing);
            if (branches[i] == null) {
                return null;
            }
        }
        return in -> branches[in.readIndex()].read(in);
    }

    private static Value array(Value element) {
        return element == null ? null : in -> {
            List<Object> items = new ArrayList<>();
            for (long n = in.readArrayStart(); n != 0; n = in.arrayNext()) {
                for (long i = 0; i < n; i++) {
                    items.add(element.read(in));
                }
            }
            return Collections.unmodifiableList(items);
        };
    }

    private static Value map(Value item) {
        return item == null ? null : in -> {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (long n = in.readMapStart(); n != 0; n = in.mapNext()) {
                for (long i = 0; i < n; i++) {
                    entries.put(in.readString(), item.read(in));
                }
            }
            return entries;
        };
    }
}
