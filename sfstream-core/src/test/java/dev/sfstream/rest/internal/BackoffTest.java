package dev.sfstream.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesFromTheInitialWaitAndNeverExceedsTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.before(1).toMillis()).isBetween(50L, 100L);
            assertThat(backoff.before(2).toMillis()).isBetween(100L, 200L);
            assertThat(backoff.before(3).toMillis()).isBetween(200L, 400L);
            assertThat(backoff.before(30).toMillis()).isBetween(500L, 1000L);
        }
    }
}
