package dev.sfstream.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.replay.SessionReplay.Start;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionReplayTest {
    private static final Instant LIMIT = Instant.parse("2026-01-01T10:00:00Z");
    private final Start gap = new Start(OptionalLong.empty(), ReplayDefault.ALL, Optional.of(LIMIT));

    @Test
    void aStartIsEitherAfterAPositionOrAtAPreset() {
        assertThat(Start.after(3).position()).hasValue(3);
        assertThat(Start.after(3).preset()).isNull();
        assertThat(Start.at(ReplayDefault.NEW).position()).isEmpty();
        assertThatThrownBy(() -> new Start(OptionalLong.of(3), ReplayDefault.ALL, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Start(OptionalLong.empty(), null, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyEventsCreatedBeforeTheLimitArePassedOverAndOnesOfUnknownTimeNever() {
        assertThat(gap.passesOver(() -> Optional.of(LIMIT.minusMillis(1)))).isTrue();
        assertThat(gap.passesOver(() -> Optional.of(LIMIT))).isFalse();
        assertThat(gap.passesOver(() -> Optional.of(LIMIT.plusSeconds(1)))).isFalse();
        assertThat(gap.passesOver(Optional::empty)).isFalse();
    }

    @Test
    void aStartThatPassesNothingOverNeverAsksTheEventsTime() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(Start.at(ReplayDefault.ALL).passesOver(() -> {
            asked.incrementAndGet();
            return Optional.of(LIMIT.minusSeconds(60));
        })).isFalse();
        assertThat(asked).hasValue(0);
    }
}
