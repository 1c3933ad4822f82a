package dev.sfstream.pubsub.internal;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;

/**
 * Pub/Sub replay ids as the session's positions: the bytes read as an unsigned big-endian number, written back as
 * 8 bytes (as Salesforce's own sample client does), or as wide as the ids the channel was seen to use (Salesforce
 * sends 10-byte ids too, with leading zeros). Ids with more than 8 significant bytes cannot be positions.
 */
final class ReplayIds {
    private ReplayIds() {
    }

    /** The id as a position; -1 for none. */
    static long toPosition(ByteString replayId, String channel) {
        if (replayId.isEmpty()) {
            return -1;
        }
        int leading = 0;
        while (leading < replayId.size() - Long.BYTES && replayId.byteAt(leading) == 0) {
            leading++;
        }
        if (replayId.size() - leading > Long.BYTES) {
            throw new IllegalArgumentException("Pub/Sub replay id of " + channel + " has " + replayId.size()
                    + " significant bytes; sfstream keeps positions of at most 8 bytes");
        }
        long value = 0;
        for (int i = leading; i < replayId.size(); i++) {
            value = (value << 8) | (replayId.byteAt(i) & 0xFF);
        }
        return value;
    }

    static ByteString of(long position) {
        return of(position, Long.BYTES);
    }

    /** The position as {@code width} bytes (at least 8), zero-padded in front. */
    static ByteString of(long position, int width) {
        byte[] bytes = new byte[Math.max(width, Long.BYTES)];
        ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).putLong(position);
        return ByteString.copyFrom(bytes);
    }
}
