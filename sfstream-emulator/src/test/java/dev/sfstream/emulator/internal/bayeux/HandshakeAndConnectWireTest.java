package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import org.junit.jupiter.api.Test;

class HandshakeAndConnectWireTest extends WireTestBase {
    @Test
    void handshakeReplyIsSalesforceShaped() throws Exception {
        Reply reply = client.post("/cometd/65.0", "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"minimumVersion\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]}]");

        assertThat(reply.status()).isEqualTo(200);
        String clientId = reply.get(0).path("clientId").asText();
        assertThat(clientId).matches("[0-9a-z]{25,28}");
        assertThat(reply.json()).isEqualTo(client.json("[{\"ext\":{\"replay\":true,\"payload.format\":true},"
                + "\"minimumVersion\":\"1.0\",\"clientId\":\"" + clientId + "\","
                + "\"supportedConnectionTypes\":[\"long-polling\"],\"channel\":\"/meta/handshake\",\"id\":\"1\","
                + "\"version\":\"1.0\",\"successful\":true}]"));
        assertThat(reply.response().headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("BAYEUX_BROWSER="))
                .anySatisfy(c -> assertThat(c).startsWith("BrowserId="))
                .anySatisfy(c -> assertThat(c).startsWith("sfdc-stream="));
    }

    @Test
    void firstConnectIsAnsweredAtOnceWithTheOperatingAdvice() throws Exception {
        String clientId = client.handshake();

        Reply reply = client.connect(clientId, 2);

        assertThat(reply.json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\","
                + "\"advice\":{\"interval\":0,\"timeout\":2000,\"reconnect\":\"retry\"},"
                + "\"channel\":\"/meta/connect\",\"id\":\"2\",\"successful\":true}]"));
    }

    @Test
    void aCometdStyleFirstConnectWithTimeoutZeroStillGetsTheHoldTimeoutAdvice() throws Exception {
        String clientId = client.handshake();

        Reply reply = client.post("/cometd/65.0/connect", "[{\"clientId\":\"" + clientId + "\",\"id\":2,"
                + "\"channel\":\"/meta/connect\",\"connectionType\":\"long-polling\",\"advice\":{\"timeout\":0}}]");

        assertThat(reply.get(0).path("advice")).isEqualTo(client.json(
                "{\"interval\":0,\"timeout\":2000,\"reconnect\":\"retry\"}"));
    }
}
