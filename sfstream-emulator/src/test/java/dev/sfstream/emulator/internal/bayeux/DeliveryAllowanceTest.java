package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.spi.EmulatorClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeliveryAllowanceTest {
    private final EmulatorClock clock = new EmulatorClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void refusesDeliveriesBeyondTheLimitUntilThe24HourWindowMoves() {
        DeliveryAllowance allowance = new DeliveryAllowance(clock, 2);

        assertThat(allowance.tryConsume()).isTrue();
        clock.advance(Duration.ofHours(12));
        assertThat(allowance.tryConsume()).isTrue();
        assertThat(allowance.tryConsume()).isFalse();
        assertThat(allowance.isExhausted()).isTrue();
        clock.advance(Duration.ofHours(12).plusMinutes(2));
        assertThat(allowance.used()).isEqualTo(1);
        assertThat(allowance.tryConsume()).isTrue();
    }

    @Test
    void zeroMeansUnlimited() {
        DeliveryAllowance allowance = new DeliveryAllowance(clock, 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(allowance.tryConsume()).isTrue();
        }
        assertThat(allowance.isExhausted()).isFalse();
    }
}
