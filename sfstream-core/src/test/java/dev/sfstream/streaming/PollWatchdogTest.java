package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code /meta/connect} answer that CometD cannot match to the poll leaves it with no poll in flight and no
 * error; the poll watchdog notices the missing answer and starts a new session from the watermark.
 */
class PollWatchdogTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @ParameterizedTest
    @ValueSource(strings = {"empty_array", "missing_fields"})
    void anUnusableConnectAnswerEndsInANewSessionWithoutLoss(String malformed, Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            List<Long> ids = new ArrayList<>(probe.publish(2));
            probe.awaitAll(ids);
            probe.control.fault("{\"channel\":\"/meta/connect\",\"malformed\":\"" + malformed + "\",\"times\":1}");
            ids.addAll(probe.publish(3));
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.replayIds.containsAll(ids));
            assertThat(probe.handshakes()).as("a new session after the unanswered poll").isGreaterThanOrEqualTo(2);
            assertThat(probe.counter("sfstream.session.restarts")).isGreaterThanOrEqualTo(1);
        }
    }
}
