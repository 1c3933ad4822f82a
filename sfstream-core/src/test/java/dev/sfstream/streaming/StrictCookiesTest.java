package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.internal.bayeux.StreamingOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Test matrix item 15: with strict affinity cookies the session must send its cookies back. */
class StrictCookiesTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(
            builder -> builder.streamingOptions(StreamingOptions.defaults().withStrictCookies(true)));

    @Test
    void keepsItsCookiesAndStaysOnOneSession(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            probe.awaitAll(probe.publish(3));
            long connects = StreamingSessionTest.connects(emulator);
            await().atMost(Duration.ofSeconds(10)).until(() -> StreamingSessionTest.connects(emulator) >= connects + 2);
            assertThat(probe.handshakes()).isEqualTo(1);
            assertThat(probe.sawState(StreamingState.RECONNECTING)).isFalse();
        }
    }
}
