package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slow handlers: requests stop at the window, the server's idle close is followed by a resubscribe, none lost. */
class FlowControlTest {
    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    @Test
    void slowHandlersNeverPushOutstandingRequestsPastTheWindow(Emulator emulator) throws Exception {
        RequestWindowProbe probe = new RequestWindowProbe();
        CountDownLatch release = new CountDownLatch(1);
        Set<Long> received = ConcurrentHashMap.newKeySet();
        List<Long> published = new ArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             StreamingSession session = fixture.session(new InMemoryReplayStore(),
                     fixture.pubSubSettings().withBatchSize(10), probe)
                     .settings(PubSubFixture.fastSettings().withQueueCapacity(25).withMaxWorkers(2)).build()) {
            session.subscribe(PubSubFixture.ORDERS, event -> {
                release.await(30, TimeUnit.SECONDS);
                received.add(event.replayId());
            });
            session.start();
            assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            for (int i = 0; i < 120; i++) {
                published.add(fixture.publishOrder(i));
            }
            // Delivery fills up, requests stop, and the server ends the idle stream (3 s window): resubscribed.
            await().atMost(Duration.ofSeconds(20)).until(() -> probe.subscribeCalls.get() >= 2);
            assertThat(session.eventsInFlight()).isLessThanOrEqualTo(25 + 10);
            release.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> received.containsAll(published));
            assertThat(probe.maxOutstanding.get()).isLessThanOrEqualTo(10);
        }
    }
}
