package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test matrix rows 1-3: held connects, events before the connect reply, the hold timeout. */
class ConnectDeliveryWireTest extends WireTestBase {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";

    private String clientId;

    @BeforeEach
    void handshake() throws Exception {
        clientId = client.handshake();
    }

    @Test
    void subscribeReplyEchoesTheSubscription() throws Exception {
        Reply reply = client.subscribe(clientId, 2, TOPIC, null);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\","
                + "\"channel\":\"/meta/subscribe\",\"id\":\"2\",\"subscription\":\"" + TOPIC + "\","
                + "\"successful\":true}]"));
    }

    @Test
    void heldConnectIsAnsweredWithTheEventFirst() throws Exception {
        client.subscribe(clientId, 2, TOPIC, null);
        client.connect(clientId, 3);
        CompletableFuture<Reply> held = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 4));
        awaitHeld();

        server.endpoint.publish(TOPIC, Map.of(
                "event", Map.of("createdDate", "2016-03-29T16:40:08.208Z", "type", "created"),
                "sobject", Map.of("Name", "INV-0001", "Id", "a00D0000008o6y8IAA", "Status__c", "Open")));

        Reply reply = held.get();
        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"" + TOPIC + "\",\"data\":{\"event\":"
                + "{\"createdDate\":\"2016-03-29T16:40:08.208Z\",\"replayId\":1,\"type\":\"created\"},"
                + "\"sobject\":{\"Name\":\"INV-0001\",\"Id\":\"a00D0000008o6y8IAA\",\"Status__c\":\"Open\"}}},"
                + "{\"clientId\":\"" + clientId + "\",\"channel\":\"/meta/connect\",\"id\":\"4\","
                + "\"successful\":true}]"));
    }

    @Test
    void eventsQueuedBetweenConnectsArriveInOrderBeforeTheConnectReply() throws Exception {
        client.subscribe(clientId, 2, TOPIC, null);
        client.connect(clientId, 3);
        for (int i = 0; i < 5; i++) {
            server.endpoint.publish(TOPIC, Map.of("event", Map.of("type", "updated"), "sobject", Map.of("Id", "a" + i)));
        }

        Reply reply = client.connect(clientId, 4);

        assertThat(reply.json()).hasSize(6);
        for (int i = 0; i < 5; i++) {
            JsonNode event = reply.get(i);
            assertThat(event.path("channel").asText()).isEqualTo(TOPIC);
            assertThat(event.path("data").path("event").path("replayId").asLong()).isEqualTo(i + 1);
            assertThat(event.path("data").path("sobject").path("Id").asText()).isEqualTo("a" + i);
            assertThat(event.path("data").path("event").path("createdDate").asText())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(event.has("id")).isFalse();
            assertThat(event.has("clientId")).isFalse();
        }
        assertThat(reply.get(5).path("channel").asText()).isEqualTo("/meta/connect");
        assertThat(reply.get(5).path("successful").asBoolean()).isTrue();
    }

    @Test
    void heldConnectWithNothingToDeliverEndsAtTheHoldTimeout() throws Exception {
        client.connect(clientId, 2);
        long start = System.nanoTime();

        Reply reply = client.connect(clientId, 3);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\","
                + "\"channel\":\"/meta/connect\",\"id\":\"3\",\"successful\":true}]"));
    }

    @Test
    void connectBatchedWithASubscribeIsNotHeld() throws Exception {
        client.connect(clientId, 2);

        Reply reply = client.post("/cometd/65.0", "[{\"id\":3,\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"" + TOPIC + "\"}," + WireClient.connectJson(clientId, 4)
                .substring(1));

        assertThat(reply.json()).hasSize(2);
        assertThat(reply.get(0).path("channel").asText()).isEqualTo("/meta/subscribe");
        assertThat(reply.get(1).path("channel").asText()).isEqualTo("/meta/connect");
    }

    @Test
    void aSecondConnectCompletesTheHeldOneAtOnce() throws Exception {
        client.connect(clientId, 2);
        CompletableFuture<Reply> first = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 3));
        awaitHeld();

        CompletableFuture<Reply> second = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 4));

        assertThat(first.get().status()).isEqualTo(200);
        assertThat(first.get().json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\","
                + "\"channel\":\"/meta/connect\",\"id\":\"3\",\"successful\":true}]"));
        assertThat(second.get().get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void deliveriesCanCarryTheClientIdWhenConfigured() throws Exception {
        try (StreamingServer withClientId = new StreamingServer(dev.sfstream.emulator.spi.EmulatorTimers.fast(),
                StreamingOptions.defaults().withClientIdOnDeliveries(true))) {
            WireClient other = new WireClient(withClientId);
            String id = other.handshake();
            other.subscribe(id, 2, "/u/Broadcast", null);
            other.connect(id, 3);
            withClientId.endpoint.publish("/u/Broadcast", Map.of("payload", "Broadcast message to all subscribers"));

            JsonNode event = other.connect(id, 4).get(0);

            assertThat(event.path("clientId").asText()).isEqualTo(id);
            assertThat(event.path("data").path("payload").asText()).isEqualTo("Broadcast message to all subscribers");
            assertThat(event.path("data").path("event").path("replayId").asLong()).isEqualTo(1);
        }
    }

    private void awaitHeld() {
        await().atMost(Duration.ofSeconds(2)).until(() -> server.endpoint.heldConnectCount() == 1);
    }
}
