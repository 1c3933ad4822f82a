package dev.sfstream.pubsub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.delivery.EventHandler;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import dev.sfstream.replay.InMemoryReplayStore;
import dev.sfstream.streaming.StreamingSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A handler written for CometD change events gets the same payload and changed-field names over Pub/Sub. */
class ChangeEventsOnBothTransportsTest {
    private static final String ACCOUNTS = "/data/AccountChangeEvent";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();

    @Test
    void theSameChangeGivesTheSamePayloadOnBothTransports(Emulator emulator) throws Exception {
        RecordingHandler overCometd = new RecordingHandler();
        RecordingHandler overPubSub = new RecordingHandler();
        try (PubSubFixture fixture = new PubSubFixture(emulator);
             StreamingSession cometd = StreamingSession.builder(fixture.login())
                     .settings(PubSubFixture.fastSettings()).name("cometd-test").build();
             StreamingSession pubSub = fixture.session(new InMemoryReplayStore()).build()) {
            cometd.subscribe(ACCOUNTS, overCometd);
            pubSub.subscribe(ACCOUNTS, overPubSub);
            cometd.start();
            pubSub.start();
            assertThat(cometd.awaitSubscribed(Duration.ofSeconds(20))).isTrue();
            assertThat(pubSub.awaitSubscribed(Duration.ofSeconds(20))).isTrue();

            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("Name", "Acme");
            fields.put("Industry", "Energy");
            fields.put("NumberOfEmployees", 12);
            String id = emulator.createRecord("Account", fields);
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("Industry", null);
            change.put("Phone", "555-0100");
            emulator.updateRecord("Account", id, change);
            emulator.deleteRecord("Account", id);

            await().atMost(Duration.ofSeconds(20)).until(() -> overCometd.seen.size() == 3 && overPubSub.seen.size() == 3);
            for (int i = 0; i < 3; i++) {
                Notification viaCometd = overCometd.seen.get(i);
                Notification viaPubSub = overPubSub.seen.get(i);
                assertThat(viaPubSub.eventType()).isEqualTo(viaCometd.eventType());
                assertThat(viaPubSub.replayId()).isEqualTo(viaCometd.replayId());
                assertThat(comparable(viaPubSub.payload(), true)).isEqualTo(comparable(viaCometd.payload(), false));
                assertThat(changedFields(viaPubSub)).containsExactlyInAnyOrderElementsOf(changedFields(viaCometd));
                assertThat(viaPubSub.data().get("schema")).isEqualTo(viaCometd.data().get("schema"));
            }
            assertThat(changedFields(overPubSub.seen.get(1))).contains("Industry", "Phone");
            assertThat(header(overPubSub.seen.get(1)).get("nulledFields")).isEqualTo(List.of("Industry"));
        }
    }

    /**
     * The payload with {@code changedFields} sorted: a bitmap carries the set of names, not CometD's order. Pub/Sub's
     * header also lists the nulled and diff fields (decoded to names), which CometD's has not.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> comparable(Map<String, Object> payload, boolean pubSub) {
        Map<String, Object> copy = new LinkedHashMap<>(payload);
        Map<String, Object> header = new LinkedHashMap<>(header(payload));
        header.put("changedFields", ((List<String>) header.get("changedFields")).stream().sorted().toList());
        if (pubSub) {
            assertThat(header).containsKeys("nulledFields", "diffFields");
            header.remove("nulledFields");
            header.remove("diffFields");
        }
        copy.put("ChangeEventHeader", header);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<String> changedFields(Notification notification) {
        return (List<String>) header(notification).get("changedFields");
    }

    private static Map<String, Object> header(Notification notification) {
        return header(notification.payload());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(Map<String, Object> payload) {
        return (Map<String, Object>) payload.get("ChangeEventHeader");
    }

    /** One CDC handler, as a service would write it for CometD. */
    private static final class RecordingHandler implements EventHandler {
        final List<Notification> seen = new CopyOnWriteArrayList<>();

        @Override
        public void handle(dev.sfstream.delivery.StreamEvent event) {
            seen.add(new Notification(event.channel(), event.data()));
        }
    }
}
