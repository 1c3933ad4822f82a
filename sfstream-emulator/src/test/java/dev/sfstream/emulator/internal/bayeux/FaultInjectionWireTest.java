package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Test matrix rows 9 and 10, and the control endpoints for faults and publishing. */
class FaultInjectionWireTest extends WireTestBase {
    private static final String BUSY = "503::Server is too busy.  Please try your request again later.";

    @Test
    void aHandshakeCanBeDeniedAsTooBusyOnce() throws Exception {
        arm("{\"channel\":\"/meta/handshake\",\"error\":\"403::Handshake denied\",\"failureReason\":\"" + BUSY + "\"}");

        Reply denied = client.post("/cometd/65.0", "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"]}]");

        assertThat(denied.json()).isEqualTo(client.json("[{\"ext\":{\"sfdc\":{\"failureReason\":\"" + BUSY + "\"},"
                + "\"replay\":true,\"payload.format\":true},\"advice\":{\"reconnect\":\"none\"},"
                + "\"channel\":\"/meta/handshake\",\"id\":\"1\",\"error\":\"403::Handshake denied\","
                + "\"successful\":false}]"));
        assertThat(client.handshake()).isNotEmpty();
    }

    @Test
    void aConnectCanFailWithAnyErrorAdviceAndFailureReason() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        arm("{\"channel\":\"/meta/connect\",\"error\":\"401::Authentication invalid\",\"failureReason\":\"" + BUSY
                + "\",\"advice\":{\"reconnect\":\"none\",\"interval\":0},\"times\":1}");

        Reply reply = client.connect(clientId, 3);

        assertThat(reply.json()).isEqualTo(client.json("[{\"channel\":\"/meta/connect\",\"id\":\"3\","
                + "\"error\":\"401::Authentication invalid\",\"successful\":false,\"ext\":{\"sfdc\":{\"failureReason\":\""
                + BUSY + "\"}},\"clientId\":\"" + clientId + "\",\"advice\":{\"reconnect\":\"none\",\"interval\":0}}]"));
        assertThat(server.endpoint.sessionCount()).isZero();
    }

    @Test
    void anEventChannelFaultHitsItsSubscribe() throws Exception {
        String clientId = client.handshake();
        arm("{\"channel\":\"/event/Low_Ink__e\",\"error\":\"403::Organization total events daily limit exceeded\"}");

        Reply reply = client.subscribe(clientId, 2, "/event/Low_Ink__e", null);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\",\"channel\":"
                + "\"/meta/subscribe\",\"id\":\"2\",\"subscription\":\"/event/Low_Ink__e\",\"error\":"
                + "\"403::Organization total events daily limit exceeded\",\"successful\":false}]"));
    }

    @Test
    void anHttpStatusCanBeInjectedForAChannelThenTheNextRequestWorks() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        arm("{\"channel\":\"/meta/connect\",\"status\":502}");

        Reply failed = client.connect(clientId, 3);
        Reply next = client.connect(clientId, 4);

        assertThat(failed.status()).isEqualTo(502);
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void aHeldConnectCanBeDroppedAfterADelay() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        arm("{\"channel\":\"/meta/connect\",\"drop\":true,\"delayMs\":200}");

        CompletableFuture<Reply> dropped = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 3));

        assertThatThrownBy(dropped::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
        assertThat(client.connect(clientId, 4).get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void malformedResponsesCanBeInjected() throws Exception {
        String clientId = client.handshake();
        arm("[{\"channel\":\"/meta/connect\",\"malformed\":\"not_json\"},"
                + "{\"channel\":\"/meta/connect\",\"malformed\":\"HUGE_BATCH\"}]");

        Reply notJson = client.connect(clientId, 2);
        Reply huge = client.connect(clientId, 3);

        assertThat(notJson.status()).isEqualTo(200);
        assertThat(notJson.json()).isNull();
        assertThat(huge.json()).hasSize(10_001);
    }

    @Test
    void aPathPrefixFaultHitsAnyRequestUnderIt() throws Exception {
        arm("{\"path\":\"/cometd\",\"status\":503,\"times\":2}");

        Reply first = client.post("/cometd/65.0", "[]");
        Reply second = client.post("/cometd/65.0/handshake", "[]");

        assertThat(first.status()).isEqualTo(503);
        assertThat(second.status()).isEqualTo(503);
        assertThat(client.handshake()).isNotEmpty();
    }

    @Test
    void serverInitiatedDisconnectCanBeArmedForTheNextConnect() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        arm("{\"channel\":\"/meta/connect\",\"disconnect\":true}");

        Reply reply = client.connect(clientId, 3);

        assertThat(reply.json()).hasSize(2);
        assertThat(reply.get(0).path("channel").asText()).isEqualTo("/meta/disconnect");
        assertThat(reply.get(1).path("advice").path("reconnect").asText()).isEqualTo("handshake");
    }

    @Test
    void faultsCanBeListedAndClearedAndBadOnesAreRefusedClearly() throws Exception {
        arm("{\"channel\":\"/meta/connect\",\"status\":500,\"times\":-1}");

        Reply listed = client.post("/__emulator__/faults", "{\"channel\":\"/meta/subscribe\",\"delayMs\":10}");
        Reply bad = client.post("/__emulator__/faults", "{\"channel\":\"/meta/connect\",\"sttus\":500}");
        Reply cleared = client.post("/__emulator__/faults/clear", "");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(server.endpoint.faults().list()).isEmpty();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asText()).contains("'sttus'");
        assertThat(cleared.json()).isEqualTo(client.json("{\"cleared\":true}"));
    }

    @Test
    void publishControlCreatesSyntheticEventsShapedLikeTheChannel() throws Exception {
        String clientId = client.handshake();
        client.subscribe(clientId, 2, "/data/AccountChangeEvent", null);
        client.connect(clientId, 3);

        Reply published = client.post("/__emulator__/publish", "{\"channel\":\"/data/AccountChangeEvent\",\"count\":3}");
        Reply events = client.connect(clientId, 4);

        assertThat(published.json().path("count").asInt()).isEqualTo(3);
        assertThat(published.json().path("lastReplayId").asLong() - published.json().path("firstReplayId").asLong())
                .isEqualTo(2);
        assertThat(events.json()).hasSize(4);
        assertThat(events.get(0).path("data").path("payload").path("ChangeEventHeader").path("entityName").asText())
                .isEqualTo("Account");
        assertThat(events.get(0).path("data").path("schema").asText()).hasSize(22);
        assertThat(client.post("/__emulator__/publish", "{\"channel\":\"/nowhere\",\"count\":1}").status())
                .isEqualTo(400);
        assertThat(client.post("/__emulator__/publish", "{\"count\":1}").status()).isEqualTo(400);
    }

    private void arm(String json) throws Exception {
        Reply reply = client.post("/__emulator__/faults", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(1)).until(() -> !server.endpoint.faults().isEmpty());
    }
}
