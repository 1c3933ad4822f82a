package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where queued events ride: only on connect replies by default, optionally on subscribe replies too. */
class SubscribeReplyDeliveryWireTest {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    @Test
    void byDefaultReplayedEventsWaitForTheNextConnectReply() throws Exception {
        try (StreamingServer server = StreamingServer.start()) {
            WireClient client = new WireClient(server);
            String clientId = client.handshake();
            client.connect(clientId, 2);
            publish(server, 2);

            Reply subscribed = client.subscribe(clientId, 3, TOPIC, "-2");
            Reply connected = client.connect(clientId, 4);

            assertThat(subscribed.json()).hasSize(1);
            assertThat(connected.replayIds(TOPIC)).containsExactly(1L, 2L);
        }
    }

    @Test
    void whenConfiguredReplayedEventsComeBeforeTheSubscribeReply() throws Exception {
        try (StreamingServer server = new StreamingServer(EmulatorTimers.fast(),
                StreamingOptions.defaults().withEventsOnAnyReply(true))) {
            WireClient client = new WireClient(server);
            String clientId = client.handshake();
            client.connect(clientId, 2);
            publish(server, 2);

            Reply subscribed = client.subscribe(clientId, 3, TOPIC, "-2");

            assertThat(subscribed.replayIds(TOPIC)).containsExactly(1L, 2L);
            JsonNode last = subscribed.get(subscribed.json().size() - 1);
            assertThat(last.path("channel").asText()).isEqualTo("/meta/subscribe");
            assertThat(last.path("successful").asBoolean()).isTrue();
        }
    }

    private static void publish(StreamingServer server, int count) {
        for (int i = 0; i < count; i++) {
            server.endpoint.publish(TOPIC, Map.of("event", Map.of("type", "created"), "sobject", Map.of("Id", "a" + i)));
        }
    }
}
