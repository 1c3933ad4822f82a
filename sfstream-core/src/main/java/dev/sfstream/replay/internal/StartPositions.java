package dev.sfstream.replay.internal;

import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.replay.SessionReplay.Start;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each channel of a session starts, whatever the transport: after its watermark, else at the fallback's or
 * the default's preset, and closes the one gap a "new events only" start leaves. Such a channel that has no position
 * yet when its subscription is lost would skip every event published meanwhile if it started new again, so it starts
 * from every retained event instead and the events created before its first subscription are passed over (they
 * still advance the watermark, which gives the channel a real position).
 */
final class StartPositions {
    private static final Logger LOG = LoggerFactory.getLogger(StartPositions.class);
    /**
     * Event times come from Salesforce's clock, the start time from ours: events created up to this much before
     * the first subscription are delivered too, rather than risk skipping new ones.
     */
    static final Duration CLOCK_ALLOWANCE = Duration.ofSeconds(5);

    private final Map<String, ChannelStart> channels = new ConcurrentHashMap<>();
    private final Clock clock;

    StartPositions(Clock clock) {
        this.clock = clock;
    }

    private ChannelStart of(String channel) {
        return channels.computeIfAbsent(channel, c -> new ChannelStart());
    }

    /** The start of the channel's next subscription, given its watermark. */
    Start next(String channel, OptionalLong position, ReplayDefault replayDefault) {
        Start start = of(channel).next(position, replayDefault, clock.instant().minus(CLOCK_ALLOWANCE));
        start.passOverBefore().ifPresent(since -> LOG.info("Channel {} had no event yet when its subscription was "
                + "lost: starting from every retained event and passing over those created before {}", channel, since));
        return start;
    }

    /** Applies the fallback to the channel's later starts; empty (and nothing changed) for {@code fail}. */
    Optional<ReplayDefault> fallBack(String channel, ReplayFallback choice) {
        if (choice == ReplayFallback.FAIL) {
            return Optional.empty();
        }
        ReplayDefault preset = choice == ReplayFallback.ALL ? ReplayDefault.ALL : ReplayDefault.NEW;
        of(channel).fallBackTo(preset);
        return Optional.of(preset);
    }

    /** Whether the channel fell back: its stored position was rejected and must not be read again. */
    boolean fellBack(String channel) {
        ChannelStart start = channels.get(channel);
        return start != null && start.fellBack();
    }
}
