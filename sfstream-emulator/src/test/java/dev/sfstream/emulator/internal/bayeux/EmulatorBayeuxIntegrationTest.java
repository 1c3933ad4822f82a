package dev.sfstream.emulator.internal.bayeux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
import dev.sfstream.emulator.internal.bayeux.WireClient.Reply;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bayeux side inside the whole emulator: real login, request log filter, control API and faults. */
class EmulatorBayeuxIntegrationTest {
    private static final String CHANNEL = "/data/ChangeEvents";

    private Emulator emulator;
    private WireClient client;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.builder().fastTimers().start();
        client = new WireClient(emulator.baseUrl());
        client.authorization("Bearer " + login());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aLoggedInClientReceivesEventsPublishedThroughTheStreamingBus() throws Exception {
        String clientId = client.handshake();
        client.subscribe(clientId, 2, CHANNEL, "-1");
        client.connect(clientId, 3);

        long replayId = emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("Name", "Acme")));
        Reply reply = client.connect(clientId, 4);

        assertThat(reply.get(0).path("data").path("event").path("replayId").asLong()).isEqualTo(replayId);
        assertThat(replayId).isGreaterThan(Integer.MAX_VALUE);
    }

    @Test
    void revokingTokensThroughTheControlApiEndsTheNextConnect() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);

        client.post("/__emulator__/tokens/revoke", "{}");
        Reply reply = client.connect(clientId, 3);

        assertThat(reply.get(0).path("error").asText()).isEqualTo("401::Authentication invalid");
    }

    @Test
    void aDroppedConnectionFaultWorksBehindTheRequestLog() throws Exception {
        String clientId = client.handshake();
        client.connect(clientId, 2);
        client.post("/__emulator__/faults", "{\"channel\":\"/meta/connect\",\"drop\":true}");

        CompletableFuture<Reply> dropped = client.postAsync("/cometd/65.0/connect", WireClient.connectJson(clientId, 3));

        assertThatThrownBy(dropped::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class);
        assertThat(emulator.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/cometd/65.0/connect"));
    }

    private String login() throws Exception {
        String form = "grant_type=password&client_id=" + OrgFixture.CONSUMER_KEY + "&client_secret="
                + OrgFixture.CONSUMER_SECRET + "&username=" + enc(OrgFixture.DEFAULT_USERNAME) + "&password="
                + enc(OrgFixture.DEFAULT_PASSWORD + OrgFixture.DEFAULT_SECURITY_TOKEN);
        Reply reply = client.postForm("/services/oauth2/token", form);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("access_token").asText();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
