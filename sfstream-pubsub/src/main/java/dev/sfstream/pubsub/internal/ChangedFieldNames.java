package dev.sfstream.pubsub.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Decodes a change event header's bitmap field lists ({@code changedFields}, {@code nulledFields},
 * {@code diffFields}) into field names: element 0 ({@code 0x...}) sets bit i for the schema's top-level field i;
 * an element {@code "{pos}-0x..."} names parts of the compound field at {@code pos} as {@code Parent.Part}.
 */
final class ChangedFieldNames {
    private ChangedFieldNames() {
    }

    static List<String> decode(List<?> bitmaps, Schema schema) {
        List<String> names = new ArrayList<>();
        for (Object element : bitmaps) {
            String text = String.valueOf(element);
            int dash = text.indexOf('-');
            if (dash < 0) {
                addSet(names, bits(text), schema.getFields(), "");
                continue;
            }
            Schema.Field parent = schema.getFields().get(Integer.parseInt(text.substring(0, dash)));
            Schema nested = PayloadDecoder.recordOf(parent.schema());
            if (nested == null) {
                throw new IllegalArgumentException("bitmap " + text + " names field " + parent.name()
                        + ", which has no parts");
            }
            addSet(names, bits(text.substring(dash + 1)), nested.getFields(), parent.name() + ".");
        }
        return names;
    }

    private static BigInteger bits(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
    }

    private static void addSet(List<String> names, BigInteger bits, List<Schema.Field> fields, String prefix) {
        for (int i = 0; i < bits.bitLength(); i++) {
            if (bits.testBit(i)) {
                if (i >= fields.size()) {
                    throw new IllegalArgumentException("bitmap bit " + i + " is past the " + fields.size()
                            + " fields of the schema");
                }
                names.add(prefix + fields.get(i).name());
            }
        }
    }
}
