package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Configuration errors stop the subscription concerned with a clear error instead of looping. */
class SubscriptionRefusalTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void anUnknownChannelStopsOnlyItsSubscription(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator)) {
            probe.session.subscribe("/topic/NoSuchTopic", event -> { });
            probe.started();
            await().atMost(Duration.ofSeconds(10)).until(() -> !probe.session.failedSubscriptions().isEmpty());
            assertThat(probe.session.failedSubscriptions()).singleElement().satisfies(failure -> {
                assertThat(failure.channel()).isEqualTo("/topic/NoSuchTopic");
                assertThat(failure.error()).contains("does not exist");
            });
            probe.awaitAll(probe.publish(2));
            assertThat(probe.session.state()).isEqualTo(StreamingState.CONNECTED);
            assertThat(probe.handshakes()).isEqualTo(1);
        }
    }

    @Test
    void whenEverySubscriptionIsRefusedTheSessionFails(Emulator emulator) throws Exception {
        StreamingSession session = StreamingSession.builder(new EmulatorSessions(emulator))
                .settings(FastSettings.fast()).build();
        try {
            session.subscribe("/topic/AlsoMissing", event -> { });
            session.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> session.state() == StreamingState.FAILED);
            assertThat(session.failure()).hasValueSatisfying(reason -> assertThat(reason.message())
                    .contains("/topic/AlsoMissing"));
        } finally {
            session.stop();
        }
        assertThat(session.state()).isEqualTo(StreamingState.STOPPED);
    }
}
