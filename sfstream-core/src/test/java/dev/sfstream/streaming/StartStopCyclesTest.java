package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start/stop cycles (1,000, DESIGN.md's goal) leave no thread and no Bayeux session behind. */
class StartStopCyclesTest {
    private static final String NAME = "cycling-session";

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    @Test
    void aThousandCyclesLeaveNothingBehind(Emulator emulator) throws Exception {
        EmulatorControl control = new EmulatorControl(emulator);
        EmulatorSessions sessions = new EmulatorSessions(emulator);
        for (int cycle = 0; cycle < 1_000; cycle++) {
            StreamingSession session = StreamingSession.builder(sessions).settings(FastSettings.fast()).name(NAME)
                    .build();
            session.subscribe(EmulatorControl.CHANNEL, event -> { });
            session.start();
            assertThat(session.awaitConnected(Duration.ofSeconds(10))).as("cycle %d", cycle).isTrue();
            session.stop();
            assertThat(session.state()).isEqualTo(StreamingState.STOPPED);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sessionThreads().isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> control.get("/__emulator__/sessions").contains("\"count\":0"));
    }

    private static List<String> sessionThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith(NAME))
                .toList();
    }
}
