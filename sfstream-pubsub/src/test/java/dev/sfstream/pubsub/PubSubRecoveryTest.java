package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault the emulator injects on Pub/Sub is recovered from with no event lost. */
class PubSubRecoveryTest {
    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Set<Long> received = ConcurrentHashMap.newKeySet();
    private final List<Long> published = new ArrayList<>();
    private PubSubFixture fixture;
    private StreamingSession session;

    @BeforeEach
    void start(Emulator emulator) throws Exception {
        fixture = new PubSubFixture(emulator);
        session = fixture.session(new InMemoryReplayStore()).meterRegistry(meters).build();
        session.subscribe(PubSubFixture.ORDERS, event -> received.add(event.replayId()));
        session.subscribe("/data/AccountChangeEvent", event -> { });
        session.start();
        assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
        publishAndReceive(0);
    }

    @AfterEach
    void stop() {
        session.stop();
        fixture.close();
    }

    @Test
    void unavailableCallsAfterAResetAreRetriedWithBackOff() {
        fixture.control("/__emulator__/pubsub/faults", "{\"unavailableCalls\": 4}");
        fixture.control("/__emulator__/sessions/drop", "{}");
        publishAndReceive(20);
        assertThat(counter("sfstream.pubsub.reconnects")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStreamTheServerEndsWithInternalIsResubscribedFromTheWatermark() {
        fixture.control("/__emulator__/pubsub/streams/close",
                "{\"status\": \"INTERNAL\", \"errorCode\": \"sfdc.platform.eventbus.grpc.service.unavailable\"}");
        publishAndReceive(20);
        assertThat(counter("sfstream.pubsub.reconnects")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRevokedTokenLogsInOnceForBothStreamsAndResubscribes() {
        fixture.control("/__emulator__/tokens/revoke", "{}");
        publishAndReceive(20);
        assertThat(counter("sfstream.pubsub.relogins")).isEqualTo(1);
    }

    @Test
    void aStalledStreamIsReopenedByTheWatchdog() {
        fixture.control("/__emulator__/pubsub/faults", "{\"stall\": true}");
        for (int i = 20; i < 30; i++) {
            published.add(fixture.publishOrder(i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> counter("sfstream.pubsub.reconnects") >= 1);
        fixture.clearFaults();
        await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
        await().atMost(Duration.ofSeconds(10)).until(() -> session.state() == StreamingState.CONNECTED);
    }

    private void publishAndReceive(int from) {
        for (int i = from; i < from + 20; i++) {
            published.add(fixture.publishOrder(i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received.containsAll(published));
        assertThat(received).hasSameSizeAs(published);
    }

    private double counter(String name) {
        return meters.counter(name, "service", "pubsub-test").count();
    }
}
