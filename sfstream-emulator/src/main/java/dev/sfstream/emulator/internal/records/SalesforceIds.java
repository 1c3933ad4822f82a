package dev.sfstream.emulator.internal.records;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Makes Salesforce record ids: 15 case-sensitive characters plus the 3-character checksum suffix. */
public final class SalesforceIds {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final int BODY_LENGTH = 10;

    private final AtomicLong counter = new AtomicLong(4_000_000L);

    /** A fresh 18-character id with the given 3-character key prefix. */
    public String next(String keyPrefix) {
        if (keyPrefix == null || keyPrefix.length() != 3) {
            throw new IllegalArgumentException("a key prefix has 3 characters, got '" + keyPrefix + "'");
        }
        long n = counter.incrementAndGet();
        StringBuilder body = new StringBuilder();
        while (n > 0) {
            body.append(BASE62.charAt((int) (n % 62)));
            n /= 62;
        }
        while (body.length() < BODY_LENGTH) {
            body.append('0');
        }
        return withChecksum(keyPrefix + "Rm" + body.reverse());
    }

    /** Appends the checksum to a 15-character id. */
    public static String withChecksum(String id15) {
        if (id15.length() != 15) {
            throw new IllegalArgumentException("expected a 15-character id, got '" + id15 + "'");
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int block = 0; block < 3; block++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(block * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(CHECKSUM_ALPHABET.charAt(bits));
        }
        return id15 + suffix;
    }

    /**
     * Canonical 18-character form of a 15- or 18-character id; empty when the text is not shaped like an id.
     * The suffix of an 18-character input is recomputed, since it is case-insensitive.
     */
    public static Optional<String> canonical(String id) {
        if (id == null || (id.length() != 15 && id.length() != 18)) {
            return Optional.empty();
        }
        for (int i = 0; i < id.length(); i++) {
            if (BASE62.indexOf(id.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        String id15 = id.substring(0, 15);
        String full = withChecksum(id15);
        if (id.length() == 18 && !full.substring(15).equals(id.substring(15).toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(full);
    }

    /** The key prefix (first three characters) of an id. */
    public static String keyPrefix(String id) {
        return id.substring(0, 3);
    }
}
