package dev.sfstream.replay.internal;

import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.replay.ReplayStore;
import dev.sfstream.replay.SessionReplay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadFactory;

/**
 * A session's {@link Watermarks}, the {@link WatermarkCommitter} that writes them to its replay store, and the
 * {@link StartPositions} its subscriptions start from.
 */
public final class CommittedPositions implements SessionReplay {
    private final Watermarks watermarks = new Watermarks();
    private final StartPositions starts = new StartPositions(Clock.systemUTC());
    private final WatermarkCommitter committer;

    public CommittedPositions(ReplayStore store, String transport, boolean enabled, Duration commitInterval,
            MeterRegistry registry, Tags tags, ThreadFactory commitThreads) {
        this.committer = new WatermarkCommitter(watermarks,
                transport == null ? store : new TransportReplayKeys(store, transport), enabled, commitInterval,
                registry, tags, commitThreads);
    }

    @Override
    public boolean receive(String channel, long replayId) {
        return watermarks.receive(channel, replayId);
    }

    @Override
    public void complete(String channel, long replayId) {
        watermarks.complete(channel, replayId);
    }

    @Override
    public OptionalLong position(String channel) {
        return watermarks.position(channel);
    }

    @Override
    public OptionalLong load(String channel) {
        return starts.fellBack(channel) ? watermarks.position(channel) : committer.load(channel);
    }

    @Override
    public Start start(String channel, ReplayDefault replayDefault) {
        return starts.next(channel, watermarks.position(channel), replayDefault);
    }

    @Override
    public Optional<ReplayDefault> fallBack(String channel, ReplayFallback choice) {
        Optional<ReplayDefault> preset = starts.fallBack(channel, choice);
        preset.ifPresent(chosen -> watermarks.restart(channel));
        return preset;
    }

    @Override
    public void passOver(String channel, long replayId) {
        if (watermarks.receive(channel, replayId)) {
            watermarks.complete(channel, replayId);
        }
    }

    @Override
    public void reached(String channel, long replayId) {
        watermarks.reachedIdle(channel, replayId);
    }

    @Override
    public void commitsOnServer(String channel) {
        committer.leaveToServer(channel);
    }

    @Override
    public void start() {
        committer.start();
    }

    @Override
    public boolean stop() {
        return committer.stop();
    }

    @Override
    public void abandon() {
        committer.abandon();
    }
}
