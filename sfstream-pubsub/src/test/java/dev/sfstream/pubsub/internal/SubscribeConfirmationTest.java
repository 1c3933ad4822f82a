package dev.sfstream.pubsub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubscribeConfirmationTest {
    @Test
    void theWindowIsFourRoundTripsWithinItsBounds() {
        assertThat(SubscribeConfirmation.window(Duration.ofMillis(1))).isEqualTo(SubscribeConfirmation.SHORTEST);
        assertThat(SubscribeConfirmation.window(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(400));
        assertThat(SubscribeConfirmation.window(Duration.ofSeconds(3))).isEqualTo(SubscribeConfirmation.LONGEST);
    }
}
