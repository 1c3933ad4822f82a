package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An event definition that gains a field mid-stream: the new schema is fetched and the new field decoded. */
class SchemaChangeTest {
    private static final String SHIPMENTS = "/event/Shipment__e";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void anEventWithANewFieldIsDecodedWithItsNewSchema(Emulator emulator) throws Exception {
        List<StreamEvent> received = new CopyOnWriteArrayList<>();
        try (PubSubFixture fixture = new PubSubFixture(emulator)) {
            publish(emulator, Map.of("Weight__c", 1.5));
            try (StreamingSession session = fixture.session(new InMemoryReplayStore()).build()) {
                session.subscribe(SHIPMENTS, received::add);
                session.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);
                publish(emulator, Map.of("Weight__c", 2.5, "Carrier__c", "DHL"));
                await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2);
            }
        }
        assertThat(payload(received.get(0))).containsEntry("Weight__c", 1.5).doesNotContainKey("Carrier__c");
        assertThat(payload(received.get(1))).containsEntry("Weight__c", 2.5).containsEntry("Carrier__c", "DHL");
        assertThat(received.get(1).data().get("schema")).isNotEqualTo(received.get(0).data().get("schema"));
    }

    private static void publish(Emulator emulator, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", Instant.now().toString());
        payload.put("CreatedById", "005xx000001SwiUAAS");
        payload.putAll(fields);
        emulator.streaming().publish(SHIPMENTS, new LinkedHashMap<>(Map.of("payload", payload)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(StreamEvent event) {
        return (Map<String, Object>) event.data().get("payload");
    }
}
