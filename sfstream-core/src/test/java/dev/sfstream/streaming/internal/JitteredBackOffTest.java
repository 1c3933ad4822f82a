package dev.sfstream.streaming.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JitteredBackOffTest {
    private final JitteredBackOff backOff = new JitteredBackOff(Duration.ofMillis(100), Duration.ofSeconds(5));

    @Test
    void doublesUpToTheCapWithJitterInTheUpperHalf() {
        assertThat(backOff.delay(0)).isZero();
        assertThat(backOff.ceilingMillis(1)).isEqualTo(100);
        assertThat(backOff.ceilingMillis(2)).isEqualTo(200);
        assertThat(backOff.ceilingMillis(6)).isEqualTo(3200);
        assertThat(backOff.ceilingMillis(7)).isEqualTo(5000);
        assertThat(backOff.ceilingMillis(200)).isEqualTo(5000);
        for (int i = 0; i < 100; i++) {
            assertThat(backOff.delay(3).toMillis()).isBetween(200L, 400L);
        }
    }

    @Test
    void longWaitsVaryByAFifth() {
        for (int i = 0; i < 100; i++) {
            assertThat(JitteredBackOff.jittered(Duration.ofMinutes(5)).toSeconds()).isBetween(240L, 360L);
        }
    }
}
