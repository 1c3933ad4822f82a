package dev.sfstream.replay;

import dev.sfstream.replay.internal.CommittedPositions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ThreadFactory;

/**
 * The replay side of one streaming session: each channel's commit watermark (the highest replay id up to which
 * every event is done), fed by delivery and the transport, and written to the {@link ReplayStore} in the
 * background. The seam through which the session's delivery and transport reach replay; made by {@link #open}.
 * Positions are replay ids as ordered numbers. All methods are thread-safe.
 */
public interface SessionReplay {
    /**
     * Opens the replay side of one session; nothing is written before {@link #start()}.
     *
     * @param store where positions are committed
     * @param transport null for the built-in CometD transport, whose positions keep the original's keys; else the
     *     transport's name, under whose {@link #transportKey key space} its positions are stored
     * @param enabled false when replay is disabled: nothing is loaded or written
     * @param commitInterval how often moved watermarks are written
     * @param registry where the commit meters are registered, with {@code tags}
     * @param commitThreads makes the thread that writes the watermarks
     */
    static SessionReplay open(ReplayStore store, String transport, boolean enabled, Duration commitInterval,
            MeterRegistry registry, Tags tags, ThreadFactory commitThreads) {
        return new CommittedPositions(store, transport, enabled, commitInterval, registry, tags, commitThreads);
    }

    /** The key under which a transport other than CometD stores {@code channel}'s position: {@code <transport>:C}. */
    static String transportKey(String transport, String channel) {
        return transport + ":" + channel;
    }

    /** Delivery took an event: false when the channel already received it (a duplicate, not handled again). */
    boolean receive(String channel, long replayId);

    /** Delivery finished an event (handled or dead-lettered): the watermark moves over every leading done one. */
    void complete(String channel, long replayId);

    /**
     * The transport's side, behind {@code StreamContext}: the watermark, the position a subscription resumes from
     * (read from the store once, may throw {@link ReplayStoreException}), events passed over unhandled, a rejected
     * position forgotten, a position the server reports for an idle channel, and channels whose position the
     * server keeps itself.
     */
    OptionalLong position(String channel);

    OptionalLong load(String channel);

    void passOver(String channel, long replayId);

    void restart(String channel);

    void reached(String channel, long replayId);

    void commitsOnServer(String channel);

    /** Starts the periodic writes. */
    void start();

    /** Stops the periodic writes and writes once more; false if a write failed. */
    boolean stop();

    /** Stops the periodic writes without writing: what a crash would leave behind. */
    void abandon();
}
