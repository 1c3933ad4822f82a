package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.replay.ReplayFallback;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stored replay id Salesforce rejects applies REPLAY_FALLBACK once, never in a loop. */
class ReplayFallbackTest {
    private static final long NOT_RETAINED = 1;

    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    @Test
    void aRejectedStoredIdFallsBackToEveryRetainedEventOnce(Emulator emulator) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save("pubsub:" + PubSubFixture.ORDERS, NOT_RETAINED);
        Set<Long> received = ConcurrentHashMap.newKeySet();
        List<Long> published = new ArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            for (int i = 0; i < 10; i++) {
                published.add(fixture.publishOrder(i));
            }
            try (StreamingSession session = fixture.session(store).meterRegistry(meters).build()) {
                session.subscribe(PubSubFixture.ORDERS, event -> received.add(event.replayId()));
                session.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
                for (int i = 10; i < 20; i++) {
                    published.add(fixture.publishOrder(i));
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                        .until(() -> meters.counter("sfstream.pubsub.fallbacks", "service", "pubsub-test").count() == 1);
                assertThat(session.state()).isEqualTo(StreamingState.CONNECTED);
            }
        }
    }

    /**
     * After a fallback to new events, a stream lost before its first event resubscribes from the earliest retained
     * event and passes over those created before the fallback's start (the rule CometD follows), so nothing
     * published while it was down is missed. Subscribing LATEST again, as before, would miss those.
     */
    @Test
    void afterAFallbackToNewAStreamLostBeforeItsFirstEventMissesNothingPublishedMeanwhile(Emulator emulator)
            throws Exception {
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save("pubsub:" + PubSubFixture.ORDERS, NOT_RETAINED);
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            fixture.assertStreamLostBeforeFirstEventMissesNothing(store,
                    PubSubFixture.fastSettings().withReplayFallback(ReplayFallback.NEW), (session, during) -> { });
        }
    }

    @Test
    void fallbackFailStopsTheSessionNamingTheChannel(Emulator emulator) throws Exception {
        InMemoryReplayStore store = new InMemoryReplayStore();
        store.save("pubsub:" + PubSubFixture.ORDERS, NOT_RETAINED);
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            fixture.publishOrder(0);
            try (StreamingSession session = fixture.session(store)
                    .settings(PubSubFixture.fastSettings().withReplayFallback(ReplayFallback.FAIL)).build()) {
                session.subscribe(PubSubFixture.ORDERS, event -> { });
                session.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> session.state() == StreamingState.FAILED);
                assertThat(session.failure()).get().asString().contains(PubSubFixture.ORDERS)
                        .contains("REPLAY_FALLBACK is 'fail'");
                assertThat(session.failedSubscriptions()).singleElement()
                        .satisfies(failure -> assertThat(failure.channel()).isEqualTo(PubSubFixture.ORDERS));
            }
        }
    }
}
