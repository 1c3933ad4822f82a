package dev.sfstream.emulator.internal.pubsub;

import com.google.protobuf.ByteString;
import dev.sfstream.emulator.spi.EventLog;
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

    /**
     * Whether a stream can resume after {@code replayId}: a retained event's id, or a keepalive's
     * {@code latest_replay_id}, which is the newest one or (events came since) the one before a retained event.
     */
    static boolean resumable(EventLog log, String topic, long replayId) {
        return replayId == log.latestReplayId(topic) || log.retains(topic, replayId)
                || log.retains(topic, replayId + 1);
    }
}
