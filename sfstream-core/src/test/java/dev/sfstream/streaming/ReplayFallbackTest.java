package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayFallback;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Test matrix item 7: a stored replay id Salesforce no longer retains, with each REPLAY_FALLBACK. */
class ReplayFallbackTest {
    private static final long EXPIRED = 4_242L;

    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private static InMemoryReplayStore storeWithExpiredId() {
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save(EmulatorControl.CHANNEL, EXPIRED);
        return store;
    }

    @Test
    void fallbackAllReplaysEveryRetainedEvent(Emulator emulator) throws Exception {
        List<Long> retained = new SessionProbeless(emulator).publish(3);
        try (SessionProbe probe = new SessionProbe(emulator,
                FastSettings.fast().withReplayFallback(ReplayFallback.ALL), storeWithExpiredId()).started()) {
            probe.awaitAll(retained);
            assertThat(probe.counter("sfstream.replay.fallbacks")).isEqualTo(1);
            assertThat(probe.handshakes()).as("only the channel is subscribed again").isEqualTo(1);
            assertThat(StreamingSessionTest.bodies(emulator, "/meta/subscribe")).last().asString()
                    .contains("\"replay\":{\"" + EmulatorControl.CHANNEL + "\":-2}");
            await().until(() -> probe.session.committedReplayId(EmulatorControl.CHANNEL)
                    .orElse(0) == retained.get(2));
        }
    }

    @Test
    void fallbackNewTakesOnlyNewEvents(Emulator emulator) throws Exception {
        List<Long> old = new SessionProbeless(emulator).publish(2);
        try (SessionProbe probe = new SessionProbe(emulator,
                FastSettings.fast().withReplayFallback(ReplayFallback.NEW), storeWithExpiredId()).started()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> StreamingSessionTest.bodies(emulator,
                    "/meta/subscribe").stream().anyMatch(b -> b.contains(EmulatorControl.CHANNEL + "\":-1}")));
            List<Long> fresh = probe.publish(2);
            probe.awaitAll(fresh);
            assertThat(probe.replayIds).doesNotContainAnyElementsOf(old);
            assertThat(probe.counter("sfstream.replay.fallbacks")).isEqualTo(1);
            assertThat(probe.handshakes()).as("only the channel is subscribed again").isEqualTo(1);
        }
    }

    @Test
    void fallbackFailStopsWithAClearError(Emulator emulator) throws Exception {
        try (SessionProbe probe = new SessionProbe(emulator,
                FastSettings.fast().withReplayFallback(ReplayFallback.FAIL), storeWithExpiredId())) {
            probe.session.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.session.state() == StreamingState.FAILED);
            assertThat(probe.session.failure()).hasValueSatisfying(reason -> assertThat(reason.message())
                    .contains(EmulatorControl.CHANNEL).contains(Long.toString(EXPIRED)).contains("REPLAY_FALLBACK"));
            assertThat(probe.session.failedSubscriptions()).singleElement()
                    .satisfies(f -> assertThat(f.error()).startsWith("400::The replayId {" + EXPIRED + "}"));
        }
    }

    /** Publishes without a session. */
    private record SessionProbeless(Emulator emulator) {
        List<Long> publish(int count) {
            EmulatorControl control = new EmulatorControl(emulator);
            return java.util.stream.IntStream.range(0, count).mapToObj(i -> control.publish("001X", i)).toList();
        }
    }
}
