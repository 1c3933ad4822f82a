package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import dev.sfstream.streaming.StreamingState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Platform events reach a handler over Pub/Sub through a StreamingSession, in the shape CometD gives them. */
class PlatformEventsOverPubSubTest {
    @RegisterExtension
    final EmulatorExtension emulators = PubSubFixture.emulatorWithOrders();

    private PubSubFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eventsPublishedAfterSubscribingAllArriveWithTheirReplayIds(Emulator emulator) throws Exception {
        fixture = new PubSubFixture(emulator);
        List<StreamEvent> received = new CopyOnWriteArrayList<>();
        InMemoryReplayStore store = new InMemoryReplayStore();
        try (StreamingSession session = fixture.session(store).build()) {
            session.subscribe(PubSubFixture.ORDERS, received::add);
            session.start();
            assertThat(session.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            assertThat(session.state()).isEqualTo(StreamingState.CONNECTED);
            List<Long> published = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                published.add(fixture.publishOrder(i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == published.size());
            assertThat(received).extracting(StreamEvent::replayId).containsExactlyInAnyOrderElementsOf(published);
            StreamEvent first = received.stream().filter(e -> e.replayId() == published.get(0)).findFirst().orElseThrow();
            assertThat(first.channel()).isEqualTo(PubSubFixture.ORDERS);
            assertThat(first.data()).containsKeys("schema", "payload", "event");
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) first.data().get("payload");
            assertThat(payload).containsEntry("Number__c", 0.0).containsEntry("CreatedById", "005xx000001SwiUAAS");
            assertThat((String) payload.get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) first.data().get("event");
            assertThat(event).containsEntry("replayId", published.get(0)).containsKey("EventUuid");
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    store.load("pubsub:" + PubSubFixture.ORDERS).orElse(0) == published.get(published.size() - 1));
            assertThat(store.load(PubSubFixture.ORDERS)).isEmpty();
        }
    }
}
