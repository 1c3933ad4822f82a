package dev.sfstream.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A full delivery queue pauses polling; a session lost meanwhile loses nothing. */
class BackpressureTest {
    @RegisterExtension
    final EmulatorExtension emulatorExtension = new EmulatorExtension();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private StreamingSession blockedSession(Emulator emulator, int capacity, CountDownLatch release,
            Set<Long> handled, AtomicInteger calls) {
        StreamingSession session = StreamingSession.builder(new EmulatorSessions(emulator))
                .settings(FastSettings.fast().withQueueCapacity(capacity)).replayStore(new InMemoryReplayStore())
                .meterRegistry(meters).build();
        session.subscribe(EmulatorControl.CHANNEL, event -> {
            calls.incrementAndGet();
            release.await(30, TimeUnit.SECONDS);
            handled.add(event.replayId());
        });
        return session;
    }

    @Test
    void aFullQueuePausesPollingAndResumes(Emulator emulator) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        StreamingSession session = blockedSession(emulator, 5, release, handled, new AtomicInteger());
        try {
            session.start();
            assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            EmulatorControl control = new EmulatorControl(emulator);
            List<Long> ids = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 29)
                    .mapToObj(i -> control.publish("001P" + i, i)).toList());
            await().atMost(Duration.ofSeconds(10)).until(() -> session.eventsInFlight() >= 5);
            // The poll that left before the queue filled takes one more event; the poll after it is held back.
            ids.add(control.publish("001P29", 29));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                Counter pauses = meters.find("sfstream.polling.pauses").counter();
                return pauses != null && pauses.count() >= 1;
            });
            long connects = StreamingSessionTest.connects(emulator);
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                    .until(() -> StreamingSessionTest.connects(emulator) == connects);
            release.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.containsAll(ids));
            assertThat(StreamingSessionTest.connects(emulator)).isGreaterThan(connects);
        } finally {
            release.countDown();
            session.stop();
        }
        assertThat(calls.get()).isLessThanOrEqualTo(30);
    }

    @Test
    void aSessionDroppedWith500EventsQueuedLosesNothing(Emulator emulator) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Set<Long> handled = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        StreamingSession session = blockedSession(emulator, 100, release, handled, calls);
        try {
            session.start();
            assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            EmulatorControl control = new EmulatorControl(emulator);
            List<Long> ids = java.util.stream.IntStream.range(0, 500)
                    .mapToObj(i -> control.publish("001Q" + (i % 50), i)).toList();
            await().atMost(Duration.ofSeconds(10)).until(() -> session.eventsInFlight() >= 100);
            control.dropSessions();
            release.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.containsAll(ids));
            assertThat(calls.get()).isEqualTo(500);
        } finally {
            release.countDown();
            session.stop();
        }
    }
}
