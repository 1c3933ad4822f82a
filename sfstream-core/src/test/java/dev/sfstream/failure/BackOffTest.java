package dev.sfstream.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackOffTest {
    @Test
    void doublesUpToTheCapWithJitterInTheUpperHalf() {
        BackOff backOff = new BackOff(Duration.ofMillis(100), Duration.ofSeconds(5), 0.5);
        assertThat(backOff.delay(0)).isZero();
        assertThat(backOff.ceilingMillis(1)).isEqualTo(100);
        assertThat(backOff.ceilingMillis(2)).isEqualTo(200);
        assertThat(backOff.ceilingMillis(6)).isEqualTo(3200);
        assertThat(backOff.ceilingMillis(7)).isEqualTo(5000);
        assertThat(backOff.ceilingMillis(200)).isEqualTo(5000);
        for (int i = 0; i < 100; i++) {
            assertThat(backOff.delay(1).toMillis()).isBetween(50L, 100L);
            assertThat(backOff.delay(3).toMillis()).isBetween(200L, 400L);
            assertThat(backOff.delay(30).toMillis()).isBetween(2500L, 5000L);
        }
    }

    @Test
    void aQuarterJitterTakesAtMostAQuarterOff() {
        BackOff backOff = new BackOff(Duration.ofMillis(100), Duration.ofMillis(1000), 0.25);
        for (int i = 0; i < 100; i++) {
            assertThat(backOff.delay(1)).isBetween(Duration.ofMillis(75), Duration.ofMillis(100));
            assertThat(backOff.delay(3)).isBetween(Duration.ofMillis(300), Duration.ofMillis(400));
            assertThat(backOff.delay(30)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
        }
    }

    @Test
    void withoutJitterTheWaitIsExact() {
        BackOff backOff = new BackOff(Duration.ofMillis(20), Duration.ofMinutes(1), 0);
        assertThat(backOff.delay(1)).isEqualTo(Duration.ofMillis(20));
        assertThat(backOff.delay(4)).isEqualTo(Duration.ofMillis(160));
        assertThat(backOff.delay(40)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void longWaitsVaryByAFifth() {
        for (int i = 0; i < 100; i++) {
            assertThat(BackOff.around(Duration.ofMinutes(5)).toSeconds()).isBetween(240L, 360L);
        }
    }

    @Test
    void refusesACapBelowTheBaseAndJitterOutsideZeroToOne() {
        assertThatThrownBy(() -> new BackOff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessageContaining("back-off");
        assertThatThrownBy(() -> new BackOff(Duration.ofSeconds(1), Duration.ofSeconds(2), 1.5))
                .hasMessageContaining("jitter");
    }
}
