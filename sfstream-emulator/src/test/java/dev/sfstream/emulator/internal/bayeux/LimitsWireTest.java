package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Test matrix row 8 and the concurrent-client allocation. */
class LimitsWireTest {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";
    private static final String DAILY = "403::Organization total events daily limit exceeded";

    private StreamingServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theDailyDeliveryLimitFailsTheConnectThenTheSubscribeUntilTheWindowMoves() throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults().withDailyDeliveryLimit(2));
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        client.subscribe(clientId, 2, TOPIC, null);
        client.connect(clientId, 3);
        for (int i = 0; i < 3; i++) {
            server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a" + i)));
        }

        Reply limited = client.connect(clientId, 4);
        Reply gone = client.connect(clientId, 5);
        String again = client.handshake();
        Reply refused = client.subscribe(again, 6, TOPIC, "-2");
        server.clock.advance(Duration.ofHours(25));
        Reply accepted = client.subscribe(again, 7, TOPIC, "-1");

        assertThat(limited.json()).hasSize(3);
        assertThat(limited.get(0).path("data").path("sobject").path("Id").asText()).isEqualTo("a0");
        assertThat(limited.get(1).path("data").path("sobject").path("Id").asText()).isEqualTo("a1");
        assertThat(limited.get(2)).isEqualTo(client.json("{\"clientId\":\"" + clientId + "\","
                + "\"channel\":\"/meta/connect\",\"id\":\"4\",\"error\":\"" + DAILY + "\",\"successful\":false}"));
        assertThat(gone.get(0).path("error").asText()).isEqualTo("403::Unknown client");
        assertThat(refused.json()).isEqualTo(client.json("[{\"clientId\":\"" + again + "\","
                + "\"channel\":\"/meta/subscribe\",\"id\":\"6\",\"subscription\":\"" + TOPIC + "\","
                + "\"error\":\"" + DAILY + "\",\"successful\":false}]"));
        assertThat(accepted.get(0).path("successful").asBoolean()).isTrue();
        assertThat(server.endpoint.retainedCount(TOPIC)).isZero();
    }

    @Test
    void eventsPublishedWhileTheLimitIsExhaustedStayReplayable() throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults().withDailyDeliveryLimit(1));
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        client.connect(clientId, 2);
        client.subscribe(clientId, 3, TOPIC, null);
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a1")));
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a2")));
        client.connect(clientId, 4);
        client.connect(clientId, 5);

        server.clock.advance(Duration.ofHours(23));
        assertThat(server.endpoint.retainedCount(TOPIC)).isEqualTo(2);
    }

    @Test
    void handshakesBeyondTheConcurrentClientLimitAreDenied() throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults().withConcurrentClientLimit(1));
        WireClient client = new WireClient(server);
        String first = client.handshake();

        Reply denied = client.post("/cometd/65.0", "[{\"id\":2,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"]}]");
        client.post("/cometd/65.0/disconnect", "[{\"id\":3,\"channel\":\"/meta/disconnect\",\"clientId\":\"" + first
                + "\"}]");
        String second = client.handshake();

        assertThat(denied.json()).isEqualTo(client.json("[{\"ext\":{\"sfdc\":{\"failureReason\":"
                + "\"403::Organization concurrent user limit exceeded\"},\"replay\":true,\"payload.format\":true},"
                + "\"advice\":{\"reconnect\":\"none\"},\"channel\":\"/meta/handshake\",\"id\":\"2\","
                + "\"error\":\"403::Handshake denied\",\"successful\":false}]"));
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aChannelRetainsAtMostTheConfiguredNumberOfEvents() throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults().withMaxRetainedPerChannel(3));
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        client.connect(clientId, 2);
        for (int i = 0; i < 5; i++) {
            server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a" + i)));
        }

        Reply purged = client.subscribe(clientId, 3, TOPIC, "1");
        client.subscribe(clientId, 4, TOPIC, "-2");
        Reply replayed = client.connect(clientId, 5);

        assertThat(purged.get(0).path("error").asText()).startsWith("400::The replayId {1} you provided was invalid.");
        assertThat(replayed.json()).hasSize(4);
        assertThat(replayed.get(0).path("data").path("event").path("replayId").asLong()).isEqualTo(3);
        assertThat(server.endpoint.retainedCount(TOPIC)).isEqualTo(3);
    }
}
