package dev.sfstream.emulator.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cometd.bayeux.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PushTopicConversationTest {
    @RegisterExtension
    static final EmulatorExtension EMULATOR = new EmulatorExtension();

    @Test
    void handshakeSubscribeWithReplayAndReceiveTheNotificationOfARestUpdate() throws Exception {
        WireClient wire = new WireClient(EMULATOR.baseUrl()).loginDefault();
        assertThat(wire.post("/services/data/v37.0/sobjects/PushTopic/", "{\"Name\": \"ContactUpdates\", \"Query\":"
                + " \"SELECT Id, Name, Email FROM Contact\", \"ApiVersion\": \"37.0\", \"NotifyForFields\": \"All\"}")
                .statusCode()).isEqualTo(201);
        String id = (String) wire.object(wire.post("/services/data/v37.0/sobjects/Contact/",
                "{\"FirstName\": \"Rocky\", \"LastName\": \"Balboa\"}").body()).get("id");

        try (BayeuxTestClient bayeux = new BayeuxTestClient(EMULATOR.baseUrl(), wire.token()).handshake()) {
            Message reply = bayeux.subscribe("/topic/ContactUpdates", -2);
            assertThat(reply.isSuccessful()).as(String.valueOf(reply)).isTrue();
            wire.patch("/services/data/v37.0/sobjects/Contact/" + id, "{\"Email\": \"rocky@example.com\"}");

            await().atMost(Duration.ofSeconds(10)).until(() -> bayeux.events("/topic/ContactUpdates").size() == 2);
            List<Map<String, Object>> events = bayeux.events("/topic/ContactUpdates");
            Map<?, ?> created = (Map<?, ?>) events.get(0).get("event");
            Map<?, ?> updated = (Map<?, ?>) events.get(1).get("event");
            assertThat(created.get("type")).isEqualTo("created");
            assertThat(updated.get("type")).isEqualTo("updated");
            assertThat(((Number) updated.get("replayId")).longValue())
                    .isGreaterThan(((Number) created.get("replayId")).longValue());
            assertThat((String) updated.get("createdDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(events.get(1).get("sobject")).isEqualTo(Map.of("Id", id, "Name", "Rocky Balboa",
                    "Email", "rocky@example.com"));
            assertThat(EMULATOR.emulator().requests()).anySatisfy(request -> {
                assertThat(request.path()).isEqualTo("/cometd/37.0/handshake");
                assertThat(request.header("Authorization")).hasValue("Bearer " + wire.token());
                assertThat(request.body()).contains("\"channel\":\"/meta/handshake\"");
            });
        }
    }
}
