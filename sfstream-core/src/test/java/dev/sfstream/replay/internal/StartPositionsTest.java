package dev.sfstream.replay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.replay.ReplayDefault;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.replay.SessionReplay.Start;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StartPositionsTest {
    private static final String CHANNEL = "/event/Order__e";
    private static final OptionalLong NONE = OptionalLong.empty();

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final StartPositions starts = new StartPositions(clock);

    @Test
    void aChannelWithAPositionResumesAfterItWhateverTheDefaultOrFallback() {
        assertThat(starts.next(CHANNEL, OptionalLong.of(42), ReplayDefault.NEW)).isEqualTo(Start.after(42));
        assertThat(starts.next(CHANNEL, OptionalLong.of(42), ReplayDefault.ALL)).isEqualTo(Start.after(42));
        starts.fallBack(CHANNEL, ReplayFallback.NEW);
        assertThat(starts.next(CHANNEL, OptionalLong.of(43), ReplayDefault.ALL)).isEqualTo(Start.after(43));
    }

    @Test
    void defaultAllStartsAtEveryRetainedEventEachTimeAndPassesNothingOver() {
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.ALL)).isEqualTo(Start.at(ReplayDefault.ALL));
        clock.advance(Duration.ofMinutes(1));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.ALL)).isEqualTo(Start.at(ReplayDefault.ALL));
    }

    @Test
    void aNewOnlyChannelLostBeforeItsFirstPositionReplaysEverythingPassingOverWhatPredatesItsFirstStart() {
        Instant first = clock.instant();
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.NEW));
        clock.advance(Duration.ofMinutes(3));
        Start gap = new Start(NONE, ReplayDefault.ALL, Optional.of(first.minus(StartPositions.CLOCK_ALLOWANCE)));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(gap);
        clock.advance(Duration.ofMinutes(3));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).as("still the first start's time").isEqualTo(gap);
        assertThat(starts.next(CHANNEL, OptionalLong.of(7), ReplayDefault.NEW)).isEqualTo(Start.after(7));
    }

    @Test
    void channelsStartApart() {
        starts.next(CHANNEL, NONE, ReplayDefault.NEW);
        assertThat(starts.next("/event/Other__e", NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.NEW));
    }

    @Test
    void fallbackAllStartsAtEveryRetainedEventInsteadOfTheDefault() {
        starts.next(CHANNEL, NONE, ReplayDefault.NEW);
        assertThat(starts.fallBack(CHANNEL, ReplayFallback.ALL)).contains(ReplayDefault.ALL);
        assertThat(starts.fellBack(CHANNEL)).isTrue();
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.ALL));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.ALL));
    }

    @Test
    void fallbackNewBeginsANewOnlyStartAfreshWithItsOwnGapProtection() {
        starts.next(CHANNEL, NONE, ReplayDefault.ALL);
        clock.advance(Duration.ofHours(1));
        Instant fallback = clock.instant();
        assertThat(starts.fallBack(CHANNEL, ReplayFallback.NEW)).contains(ReplayDefault.NEW);
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.ALL)).isEqualTo(Start.at(ReplayDefault.NEW));
        clock.advance(Duration.ofMinutes(1));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.ALL)).isEqualTo(new Start(NONE, ReplayDefault.ALL,
                Optional.of(fallback.minus(StartPositions.CLOCK_ALLOWANCE))));
    }

    @Test
    void fallbackNewForgetsTheEarlierNewOnlyStart() {
        starts.next(CHANNEL, NONE, ReplayDefault.NEW);
        starts.fallBack(CHANNEL, ReplayFallback.NEW);
        clock.advance(Duration.ofHours(1));
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.NEW));
    }

    @Test
    void fallbackFailChangesNothing() {
        assertThat(starts.fallBack(CHANNEL, ReplayFallback.FAIL)).isEmpty();
        assertThat(starts.fellBack(CHANNEL)).isFalse();
        assertThat(starts.next(CHANNEL, NONE, ReplayDefault.NEW)).isEqualTo(Start.at(ReplayDefault.NEW));
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
