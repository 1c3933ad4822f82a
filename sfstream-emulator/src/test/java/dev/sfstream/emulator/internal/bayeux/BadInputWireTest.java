package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage Bayeux messages get an answer (never a server error) and the endpoint keeps serving. */
class BadInputWireTest extends WireTestBase {
    private String clientId;

    @BeforeEach
    void handshake() throws Exception {
        clientId = client.handshake();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[{\"channel\":5}]",
        "[{\"channel\":\"/meta/connect\",\"clientId\":\"CID\",\"advice\":\"soon\"}]",
        "[{\"channel\":\"/meta/connect\",\"clientId\":\"CID\",\"advice\":{\"timeout\":\"x\"}}]",
        "[{\"channel\":\"/meta/subscribe\",\"clientId\":\"CID\",\"subscription\":\"/topic/Other\",\"ext\":\"x\"}]",
        "[{\"channel\":\"/meta/subscribe\",\"clientId\":\"CID\",\"subscription\":\"/topic/Other\",\"ext\":{\"replay\":[1]}}]",
        "[{\"channel\":\"/meta/subscribe\",\"clientId\":\"CID\",\"subscription\":[\"/topic/Other\",7]}]",
        "[{\"channel\":\"/meta/subscribe\",\"clientId\":{\"a\":1},\"subscription\":\"/topic/Other\"}]",
        "[{\"channel\":\"/meta/handshake\",\"supportedConnectionTypes\":\"long-polling\",\"ext\":5}]",
        "[{\"channel\":\"/meta/connect\",\"clientId\":\"CID\",\"id\":{\"x\":1}}]",
        "[{\"channel\":\"/meta/unsubscribe\",\"clientId\":\"CID\",\"subscription\":\"/topic/Never\"}]",
        "[{\"channel\":\"/meta/unknown\",\"clientId\":\"CID\"}]",
        "[{\"channel\":\"/meta/disconnect\",\"clientId\":\"nobody\"}]",
        "[{\"channel\":\"\"}]",
        "[{\"channel\":\"/topic/Other\",\"clientId\":\"CID\",\"data\":[1,2]}]",
    })
    void garbageNeverBreaksTheEndpoint(String body) throws Exception {
        Reply reply = client.post("/cometd/65.0", body.replace("CID", clientId));

        assertThat(reply.status()).as(reply.body()).isLessThan(500);
        String fresh = client.handshake();
        client.connect(fresh, 90);
        assertThat(client.subscribe(fresh, 91, "/topic/Other", "-2").get(0).path("successful").asBoolean()).isTrue();
    }
}
