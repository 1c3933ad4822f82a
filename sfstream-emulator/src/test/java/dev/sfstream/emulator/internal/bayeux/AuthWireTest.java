package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Test matrix rows 5 and 6: handshake denials and revoked tokens. */
class AuthWireTest extends WireTestBase {
    private static final String HANDSHAKE = "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
            + "\"minimumVersion\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]}]";
    private static final String DENIED = "[{\"ext\":{\"sfdc\":{\"failureReason\":\"%s\"},\"replay\":true,"
            + "\"payload.format\":true},\"advice\":{\"reconnect\":\"none\"},\"channel\":\"/meta/handshake\","
            + "\"id\":\"1\",\"error\":\"403::Handshake denied\",\"successful\":false}]";

    @ParameterizedTest
    @ValueSource(strings = {"Bearer " + TestOrg.TOKEN, "OAuth " + TestOrg.TOKEN, TestOrg.TOKEN})
    void everyAuthorizationFormIsAccepted(String header) throws Exception {
        Reply reply = client.authorization(header).post("/cometd/65.0", HANDSHAKE);

        assertThat(reply.get(0).path("successful").asBoolean()).isTrue();
    }

    @Test
    void anUnknownTokenIsDeniedWithAuthenticationInvalid() throws Exception {
        Reply reply = client.authorization("Bearer not-a-token").post("/cometd/65.0", HANDSHAKE);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(client.json(DENIED.formatted("401::Authentication invalid")));
    }

    @Test
    void aMissingHeaderIsDeniedWithRequestRequiresAuthentication() throws Exception {
        Reply reply = client.authorization(null).post("/cometd/65.0", HANDSHAKE);

        assertThat(reply.json()).isEqualTo(client.json(DENIED.formatted("401::Request requires authentication")));
    }

    @Test
    void aRevokedTokenEndsTheHeldConnectWithAuthenticationInvalid() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        CompletableFuture<Reply> held = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 3));
        await().atMost(Duration.ofSeconds(2)).until(() -> server.endpoint.heldConnectCount() == 1);

        server.org.revokeAll();

        assertThat(held.get().json()).isEqualTo(client.json("[{\"clientId\":\"" + clientId + "\",\"advice\":"
                + "{\"reconnect\":\"none\",\"interval\":0},\"channel\":\"/meta/connect\",\"id\":\"3\","
                + "\"error\":\"401::Authentication invalid\",\"successful\":false}]"));
        assertThat(server.endpoint.sessionCount()).isZero();
    }

    @Test
    void aRevokedTokenFailsTheNextConnectAndTheClientRecoversWithANewToken() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);

        server.org.revokeAll();
        Reply next = client.connect(clientId, 3);
        server.org.issue("fresh-token");
        String again = client.authorization("Bearer fresh-token").handshake();

        assertThat(next.get(0).path("error").asText()).isEqualTo("401::Authentication invalid");
        assertThat(next.get(0).path("advice").path("reconnect").asText()).isEqualTo("none");
        assertThat(client.connect(again, 4).get(0).path("successful").asBoolean()).isTrue();
    }
}
