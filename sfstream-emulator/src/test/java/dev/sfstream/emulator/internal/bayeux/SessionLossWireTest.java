package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.net.HttpCookie;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Test matrix rows 4, 11 and 15, session expiry and multiple clients per browser. */
class SessionLossWireTest {
    private static final String TOPIC = "/topic/InvoiceStatementUpdates";
    private static final String UNKNOWN_CLIENT_ON_CONNECT = "[{\"advice\":{\"interval\":0,\"reconnect\":\"handshake\"},"
            + "\"channel\":\"/meta/connect\",\"id\":\"%d\",\"error\":\"403::Unknown client\",\"successful\":false}]";

    private StreamingServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void droppedSessionsGetUnknownClientOnTheHeldAndTheNextConnect() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String clientId = client.handshakeAndConnect();
        CompletableFuture<Reply> held = heldConnect(client, clientId, 3);

        Reply dropped = client.post("/__emulator__/sessions/drop", "{}");
        Reply next = client.connect(clientId, 4);

        assertThat(dropped.json()).isEqualTo(client.json("{\"dropped\":1}"));
        assertThat(held.get().json()).isEqualTo(client.json(UNKNOWN_CLIENT_ON_CONNECT.formatted(3)));
        assertThat(next.json()).isEqualTo(client.json(UNKNOWN_CLIENT_ON_CONNECT.formatted(4)));
        assertThat(server.endpoint.sessionCount()).isZero();
    }

    @Test
    void afterADropTheClientResubscribesFromItsLastReplayIdWithoutAGap() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        client.subscribe(clientId, 2, TOPIC, null);
        client.connect(clientId, 3);
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a1")));
        long seen = client.connect(clientId, 4).get(0).path("data").path("event").path("replayId").asLong();

        server.endpoint.dropSessions();
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a2")));
        server.endpoint.publish(TOPIC, Map.of("sobject", Map.of("Id", "a3")));
        String again = client.handshake();
        client.subscribe(again, 5, TOPIC, Long.toString(seen));
        Reply reply = client.connect(again, 6);

        assertThat(reply.json()).hasSize(3);
        assertThat(reply.get(0).path("data").path("sobject").path("Id").asText()).isEqualTo("a2");
        assertThat(reply.get(1).path("data").path("sobject").path("Id").asText()).isEqualTo("a3");
    }

    @Test
    void aSessionWithoutAConnectWithinTheReconnectWindowExpires() throws Exception {
        server = new StreamingServer(new EmulatorTimers(Duration.ofSeconds(1), Duration.ofMillis(400),
                Duration.ofMillis(100)), StreamingOptions.defaults());
        WireClient client = new WireClient(server);
        String clientId = client.handshakeAndConnect();

        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint.sessionCount() == 0);
        Reply reply = client.connect(clientId, 3);

        assertThat(reply.json()).isEqualTo(client.json(UNKNOWN_CLIENT_ON_CONNECT.formatted(3)));
    }

    @Test
    void serverInitiatedDisconnectEndsTheHeldConnectAndAdvisesAHandshake() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String clientId = client.handshakeAndConnect();
        CompletableFuture<Reply> held = heldConnect(client, clientId, 3);

        Reply control = client.post("/__emulator__/sessions/disconnect", "");
        Reply reply = held.get();
        Reply next = client.connect(clientId, 4);

        assertThat(control.json()).isEqualTo(client.json("{\"disconnected\":1}"));
        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"/meta/disconnect\",\"clientId\":\""
                + clientId + "\",\"successful\":true},{\"clientId\":\"" + clientId + "\",\"advice\":{\"reconnect\":"
                + "\"handshake\",\"interval\":0},\"channel\":\"/meta/connect\",\"id\":\"3\",\"successful\":true}]"));
        assertThat(next.json()).isEqualTo(client.json(UNKNOWN_CLIENT_ON_CONNECT.formatted(4)));
    }

    @Test
    void strictCookiesAnswerUnknownClientWhenTheAffinityCookieIsNotSentBack() throws Exception {
        server = new StreamingServer(EmulatorTimers.fast(), StreamingOptions.defaults().withStrictCookies(true));
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        assertThat(client.connect(clientId, 2).get(0).path("successful").asBoolean()).isTrue();

        HttpCookie affinity = client.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("sfdc-stream")).findFirst().orElseThrow();
        client.cookies.getCookieStore().remove(null, affinity);
        Reply reply = client.post("/cometd/65.0/subscribe", "[{\"id\":3,\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"" + TOPIC + "\"}]");

        assertThat(reply.json()).isEqualTo(client.json("[{\"advice\":{\"interval\":0,\"reconnect\":\"handshake\"},"
                + "\"channel\":\"/meta/subscribe\",\"id\":\"3\",\"subscription\":\"" + TOPIC + "\","
                + "\"error\":\"403::Unknown client\",\"successful\":false}]"));
    }

    @Test
    void lenientCookiesAcceptAClientThatKeepsNoCookies() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String clientId = client.handshake();
        client.cookies.getCookieStore().removeAll();

        Reply reply = client.connect(clientId, 2);

        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void aSecondClientLongPollingFromTheSameBrowserIsToldMultipleClients() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String first = client.handshake();
        String second = client.handshake();
        client.connect(first, 2);
        client.connect(second, 3);
        CompletableFuture<Reply> held = heldConnect(client, first, 4);

        Reply reply = client.connect(second, 5);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + second + "\",\"advice\":{\"interval\":"
                + "2000,\"multiple-clients\":true,\"reconnect\":\"retry\",\"timeout\":2000},\"channel\":\"/meta/connect\","
                + "\"id\":\"5\",\"successful\":true}]"));
        JsonNode firstReply = held.get().get(0);
        assertThat(firstReply.path("successful").asBoolean()).isTrue();
    }

    @Test
    void aClientDisconnectEndsItsSessionAndItsHeldConnect() throws Exception {
        server = StreamingServer.start();
        WireClient client = new WireClient(server);
        String clientId = client.handshakeAndConnect();
        CompletableFuture<Reply> held = heldConnect(client, clientId, 3);

        Reply reply = client.post("/cometd/65.0/disconnect", "[{\"channel\":\"/meta/disconnect\",\"clientId\":\""
                + clientId + "\",\"id\":5}]");

        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"/meta/disconnect\",\"clientId\":\""
                + clientId + "\",\"id\":\"5\",\"successful\":true}]"));
        assertThat(held.get().get(0).path("successful").asBoolean()).isTrue();
        assertThat(held.get().get(0).path("advice").path("reconnect").asText()).isEqualTo("none");
        assertThat(server.endpoint.sessionCount()).isZero();
    }

    /** Sends a connect and waits until the server holds it. */
    private CompletableFuture<Reply> heldConnect(WireClient client, String clientId, int id) {
        CompletableFuture<Reply> held = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, id));
        await().atMost(Duration.ofSeconds(2)).until(() -> server.endpoint.heldConnectCount() == 1);
        return held;
    }
}
