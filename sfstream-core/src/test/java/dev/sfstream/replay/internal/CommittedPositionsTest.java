package dev.sfstream.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.replay.SessionReplay.Start;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The start rules meet the watermark and the store: what a subscription resumes from, before and after a fallback. */
class CommittedPositionsTest {
    private static final String CHANNEL = "/topic/Invoices";

    private final InMemoryReplayStore store = new InMemoryReplayStore();
    private final CommittedPositions replay = new CommittedPositions(store, null, true, Duration.ofHours(1),
            new SimpleMeterRegistry(), Tags.empty(), Executors.defaultThreadFactory());

    @AfterEach
    void abandon() {
        replay.abandon();
    }

    @Test
    void aStoredPositionIsWhereTheChannelResumesAndFallbackFailKeepsIt() {
        store.save(CHANNEL, 5);
        assertThat(replay.load(CHANNEL)).hasValue(5);
        assertThat(replay.start(CHANNEL, ReplayDefault.NEW)).isEqualTo(Start.after(5));
        assertThat(replay.fallBack(CHANNEL, ReplayFallback.FAIL)).isEmpty();
        assertThat(replay.position(CHANNEL)).isEqualTo(OptionalLong.of(5));
        assertThat(replay.start(CHANNEL, ReplayDefault.NEW)).isEqualTo(Start.after(5));
    }

    @Test
    void afterAFallbackTheRejectedStoredPositionIsNotReadAgainOnlyPositionsReachedSince() {
        store.save(CHANNEL, 5);
        replay.load(CHANNEL);
        assertThat(replay.fallBack(CHANNEL, ReplayFallback.ALL)).contains(ReplayDefault.ALL);
        assertThat(replay.position(CHANNEL)).isEmpty();
        assertThat(replay.load(CHANNEL)).as("the store still holds 5").isEmpty();
        assertThat(replay.start(CHANNEL, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.ALL));
        replay.passOver(CHANNEL, 9);
        assertThat(replay.load(CHANNEL)).hasValue(9);
        assertThat(replay.start(CHANNEL, ReplayDefault.NEW)).isEqualTo(Start.after(9));
    }
}
