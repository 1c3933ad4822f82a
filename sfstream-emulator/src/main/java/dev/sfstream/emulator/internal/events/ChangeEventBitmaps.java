package dev.sfstream.emulator.internal.events;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * The bitmap encoding of a change event header's field lists: element 0 is {@code 0x...}, bit i for the
 * schema's top-level field i; then {@code "{parentPos}-0x..."} for the changed parts of a compound field.
 * Hex is upper case, padded to whole bytes. Names may be {@code Field}, {@code Parent.Part} or a bare part.
 */
public final class ChangeEventBitmaps {
    private ChangeEventBitmaps() {
    }

    public static List<String> encode(Collection<String> names, Schema schema) {
        if (names.isEmpty()) {
            return List.of();
        }
        BigInteger top = BigInteger.ZERO;
        Map<Integer, BigInteger> nested = new TreeMap<>();
        for (String name : names) {
            int dot = name.indexOf('.');
            Schema.Field field = schema.getField(dot < 0 ? name : name.substring(0, dot));
            if (field != null && dot < 0) {
                top = top.setBit(field.pos());
                continue;
            }
            String part = dot < 0 ? name : name.substring(dot + 1);
            for (Schema.Field parent : schema.getFields()) {
                Schema record = recordOf(parent.schema());
                if (record != null && !parent.name().equals(AvroSchemas.HEADER) && record.getField(part) != null
                        && (field == null || field == parent)) {
                    nested.merge(parent.pos(), BigInteger.ZERO.setBit(record.getField(part).pos()), BigInteger::or);
                    break;
                }
            }
        }
        List<String> bitmaps = new ArrayList<>();
        bitmaps.add(hex(top));
        nested.forEach((pos, bits) -> bitmaps.add(pos + "-" + hex(bits)));
        return bitmaps;
    }

    private static Schema recordOf(Schema schema) {
        if (schema.getType() == Schema.Type.RECORD) {
            return schema;
        }
        if (schema.getType() == Schema.Type.UNION) {
            return schema.getTypes().stream().filter(s -> s.getType() == Schema.Type.RECORD).findFirst().orElse(null);
        }
        return null;
    }

    private static String hex(BigInteger bits) {
        String digits = bits.toString(16).toUpperCase(Locale.ROOT);
        return "0x" + (digits.length() % 2 == 1 ? "0" + digits : digits);
    }
}
