package dev.sfstream.replay;

import dev.sfstream.replay.internal.CommittedPositions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

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
     * (read from the store once, not after a {@link #fallBack} since the store still holds the rejected id; may
     * throw {@link ReplayStoreException}), where a subscription starts ({@link #start}), events passed over
     * unhandled, a rejected position ({@link #fallBack}), a position the server reports for an idle channel, and
     * channels whose position the server keeps itself.
     */
    OptionalLong position(String channel);

    OptionalLong load(String channel);

    /**
     * Where the channel's next subscription starts: after its watermark; else at the preset the fallback chose
     * after a rejected position, or else {@code replayDefault}. The first {@code NEW} start is remembered: a
     * channel that loses its subscription before it has a position starts at {@code ALL} instead (starting new
     * again would skip what was published meanwhile), passing over the events created before that first start.
     * Reads no store: {@link #load} first.
     */
    Start start(String channel, ReplayDefault replayDefault);

    /**
     * Applies {@code REPLAY_FALLBACK} after Salesforce rejected the channel's position: the watermark restarts and
     * the channel starts at the returned preset until it reaches a position again. Empty for {@code fail}: nothing
     * changes, the transport stops the channel.
     */
    Optional<ReplayDefault> fallBack(String channel, ReplayFallback choice);

    void passOver(String channel, long replayId);

    void reached(String channel, long replayId);

    void commitsOnServer(String channel);

    /** Starts the periodic writes. */
    void start();

    /** Stops the periodic writes and writes once more; false if a write failed. */
    boolean stop();

    /** Stops the periodic writes without writing: what a crash would leave behind. */
    void abandon();

    /**
     * Where a subscription starts, for the transport to encode (CometD: the replay id {@code ext.replay} carries;
     * Pub/Sub: {@code CUSTOM}, {@code EARLIEST} or {@code LATEST}): after {@code position} when present, else at
     * {@code preset}. Events created before {@code passOverBefore} are passed over: counted done, not handled.
     *
     * @param position the replay id to resume after; empty to start at {@code preset}
     * @param preset where to start without a position; null when {@code position} is present
     */
    record Start(OptionalLong position, ReplayDefault preset, Optional<Instant> passOverBefore) {
        public Start {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(passOverBefore, "passOverBefore");
            if (position.isPresent() == (preset != null)) {
                throw new IllegalArgumentException("a start is either after a position or at a preset");
            }
        }

        /** Resumes after {@code position}. */
        public static Start after(long position) {
            return new Start(OptionalLong.of(position), null, Optional.empty());
        }

        /** Starts at {@code preset}, passing over nothing. */
        public static Start at(ReplayDefault preset) {
            return new Start(OptionalLong.empty(), preset, Optional.empty());
        }

        /**
         * Whether an event is passed over, given its creation time (asked only when this start passes any over);
         * an event of unknown time never is.
         */
        public boolean passesOver(Supplier<Optional<Instant>> created) {
            return passOverBefore.isPresent()
                    && created.get().map(time -> time.isBefore(passOverBefore.get())).orElse(false);
        }
    }
}
