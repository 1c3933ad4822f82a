package dev.sfstream.replay.internal;

import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.SessionReplay.Start;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where one channel starts while it has no position: the preset {@code REPLAY_FALLBACK} chose after Salesforce
 * rejected its position, else {@code REPLAY_DEFAULT}; and when its "new events only" start began, so that a channel
 * lost before its first position replays every retained event but passes over those that predate that start.
 */
final class ChannelStart {
    /** The fallback's preset, used whenever the channel has no position; null before any fallback. */
    private ReplayDefault fallback;
    /** When the channel's new-only start began, allowance included; null before it did. */
    private Instant newSince;

    /**
     * The start for the channel's next subscription.
     *
     * @param position the channel's watermark
     * @param since when a new-only start chosen now begins (the clock's allowance already taken off)
     */
    synchronized Start next(OptionalLong position, ReplayDefault replayDefault, Instant since) {
        if (position.isPresent()) {
            return Start.after(position.getAsLong());
        }
        ReplayDefault preset = fallback != null ? fallback : replayDefault;
        if (preset == ReplayDefault.ALL) {
            return Start.at(ReplayDefault.ALL);
        }
        if (newSince == null) {
            newSince = since;
            return Start.at(ReplayDefault.NEW);
        }
        return new Start(OptionalLong.empty(), ReplayDefault.ALL, Optional.of(newSince));
    }

    /** From now on the channel starts at {@code preset} when it has no position; a new-only start begins afresh. */
    synchronized void fallBackTo(ReplayDefault preset) {
        fallback = preset;
        newSince = null;
    }

    /** Whether a fallback replaced the channel's stored position (which the store still holds). */
    synchronized boolean fellBack() {
        return fallback != null;
    }
}
