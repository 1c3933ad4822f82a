package dev.sfstream.emulator.internal.pubsub;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.util.OptionalLong;

/** Pub/Sub replay ids: the 8-byte big-endian form of the replay id CometD shows for the same event. */
public final class ReplayIds {
    private ReplayIds() {
    }

    public static ByteString of(long replayId) {
        return ByteString.copyFrom(ByteBuffer.allocate(Long.BYTES).putLong(replayId).array());
    }

    /** The number behind the bytes; empty when they are not 8 bytes (a corrupted id). */
    public static OptionalLong parse(ByteString bytes) {
        return bytes.size() == Long.BYTES ? OptionalLong.of(bytes.asReadOnlyByteBuffer().getLong())
                : OptionalLong.empty();
    }
}
