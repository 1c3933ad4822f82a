package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.replay.InMemoryReplayStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A channel that starts with "new events only" (-1) and loses its session before its first event: the
 * events published meanwhile are delivered, the ones retained from before the start are not.
 */
class NewOnlyStartTest {
    private static final Duration BEHIND = Duration.ofHours(1);

    /** The emulator starts an hour behind, so that events published before the probe starts are old. */
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension(builder -> builder.clock(
            new EmulatorClock(Clock.offset(Clock.systemUTC(), BEHIND.negated()))));

    @Test
    void eventsPublishedWhileTheSessionIsDownAreDeliveredAndOlderOnesAreNot(Emulator emulator) throws Exception {
        List<Long> old = publishOldEvents(emulator, 2);
        try (SessionProbe probe = new SessionProbe(emulator).started()) {
            loseTheSessionForAWhile(probe);
            List<Long> published = probe.publish(3);
            probe.awaitAll(published);
            await().atMost(Duration.ofSeconds(10)).until(() -> probe.sawState(StreamingState.CONNECTED)
                    && probe.session.state() == StreamingState.CONNECTED);
            assertThat(probe.replayIds).containsExactlyInAnyOrderElementsOf(published).doesNotContainAnyElementsOf(old);
            assertThat(StreamingSessionTest.bodies(emulator, "/meta/subscribe"))
                    .anySatisfy(body -> assertThat(body).contains("\"replay\":{\"" + EmulatorControl.CHANNEL + "\":-2}"));
        }
    }

    @Test
    void passedOverEventsGiveTheChannelAPositionToResumeFrom(Emulator emulator) throws Exception {
        List<Long> old = publishOldEvents(emulator, 3);
        InMemoryReplayStore store = new InMemoryReplayStore();
        try (SessionProbe probe = new SessionProbe(emulator, FastSettings.fast(), store).started()) {
            loseTheSessionForAWhile(probe);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> store.load(EmulatorControl.CHANNEL).equals(OptionalLong.of(old.get(2))));
            assertThat(probe.events).isEmpty();
            List<Long> published = probe.publish(2);
            probe.awaitAll(published);
            assertThat(probe.replayIds).containsExactlyInAnyOrderElementsOf(published);
        }
    }

    private static List<Long> publishOldEvents(Emulator emulator, int count) {
        EmulatorControl control = new EmulatorControl(emulator);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(control.publish("001OLD", i));
        }
        emulator.advanceClock(BEHIND);
        return ids;
    }

    /** Drops the session and refuses the next handshake as overloaded, so that recovery waits a long back-off. */
    private static void loseTheSessionForAWhile(SessionProbe probe) {
        probe.control.fault("{\"channel\":\"/meta/handshake\",\"error\":\"403::Handshake denied\",\"failureReason\":"
                + "\"503::Server is too busy.  Please try your request again later.\",\"times\":1}");
        probe.control.dropSessions();
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.sawState(StreamingState.BACKING_OFF));
    }
}
