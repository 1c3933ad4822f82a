package dev.sfstream.pubsub.internal;

import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which keepalive positions of one {@code Subscribe} call become the channel's position. Salesforce sends a keepalive
 * only when events are owed and none are available, so its {@code latest_replay_id} never passes an owed event and
 * Salesforce recommends saving it. A server that breaks that rule must not make events vanish, so a keepalive's id is
 * applied only when the next response is a keepalive too, with no event in between (a whole keepalive interval in
 * which nothing at or below it came), and then the lower of the two ids. An event at or below an applied id still
 * arrives at delivery, which takes it (see {@link dev.sfstream.streaming.spi.StreamContext#reached}); this logs one
 * WARN per applied keepalive that an event contradicted. Called on gRPC's thread of the call, one response at a time.
 */
final class KeepaliveGuard {
    private static final Logger LOG = LoggerFactory.getLogger(KeepaliveGuard.class);
    private static final long NONE = Long.MIN_VALUE;

    private final String channel;
    /** The last keepalive's id while no event came after it; NONE otherwise. */
    private long unconfirmed = NONE;
    /** The highest keepalive id applied and not yet passed by an event; NONE otherwise. */
    private long applied = NONE;

    KeepaliveGuard(String channel) {
        this.channel = channel;
    }

    /** A keepalive named {@code latestReplayId}: the position to apply now, if one is confirmed. */
    OptionalLong keepalive(long latestReplayId) {
        long previous = unconfirmed;
        unconfirmed = latestReplayId;
        if (previous == NONE) {
            return OptionalLong.empty();
        }
        long confirmed = Math.min(previous, latestReplayId);
        applied = Math.max(applied, confirmed);
        return OptionalLong.of(confirmed);
    }

    /** An event arrived: it cancels the unconfirmed keepalive, and one at or below an applied id is reported. */
    void event(long replayId) {
        unconfirmed = NONE;
        if (applied == NONE) {
            return;
        }
        if (replayId <= applied) {
            LOG.warn("The Pub/Sub server sent event {} of {} after keepalives named replay id {}: a keepalive must "
                    + "not pass an event the stream still owes. Delivering it, not dropping it as a duplicate",
                    replayId, channel, applied);
        }
        applied = NONE;
    }
}
