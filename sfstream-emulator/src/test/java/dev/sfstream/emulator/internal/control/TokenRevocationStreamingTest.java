package dev.sfstream.emulator.internal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.emulator.WireClient;
import dev.sfstream.emulator.internal.bayeux.StreamingEndpoint;
import dev.sfstream.emulator.spi.EmulatorTimers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Revocation ends held connects at once: the hold timeout and the periodic re-validation are both far
 * longer than the test waits, so only the immediate re-validation can end the connect in time.
 */
class TokenRevocationStreamingTest {
    private static final EmulatorTimers SLOW = new EmulatorTimers(Duration.ofSeconds(100), Duration.ofSeconds(120),
            Duration.ofMinutes(30));
    private static final Duration PROMPTLY = Duration.ofSeconds(20);

    @RegisterExtension
    final EmulatorExtension emulator = new EmulatorExtension(b -> b.timers(SLOW));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theControlApiEndsAHeldConnectWithAuthenticationInvalid() throws Exception {
        assertHeldConnectEndsOnRevocation(wire -> wire.send("POST", "/__emulator__/tokens/revoke", null));
    }

    @Test
    void revokeAllTokensEndsAHeldConnectWithAuthenticationInvalid() throws Exception {
        assertHeldConnectEndsOnRevocation(wire -> emulator.emulator().revokeAllTokens());
    }

    @Test
    void revokingTheOneTokenThroughOAuthEndsItsHeldConnect() throws Exception {
        assertHeldConnectEndsOnRevocation(wire -> wire.form("/services/oauth2/revoke", Map.of("token", wire.token())));
    }

    private void assertHeldConnectEndsOnRevocation(Consumer<WireClient> revoke) throws Exception {
        WireClient wire = new WireClient(emulator.baseUrl()).loginDefault();
        String clientId = handshake(wire);
        assertThat(bayeux(wire, connect(clientId, 2)).body()).contains("\"successful\":true");
        CompletableFuture<HttpResponse<String>> held = http.sendAsync(bayeuxRequest(wire, connect(clientId, 3)),
                HttpResponse.BodyHandlers.ofString());
        StreamingEndpoint streaming = (StreamingEndpoint) emulator.emulator().streaming();
        await().atMost(PROMPTLY).until(() -> streaming.heldConnectCount() == 1);

        revoke.accept(wire);

        await().atMost(PROMPTLY).until(held::isDone);
        List<Object> reply = wire.array(held.get().body());
        Map<?, ?> message = (Map<?, ?>) reply.get(0);
        assertThat(message.get("error")).isEqualTo("401::Authentication invalid");
        assertThat(message.get("successful")).isEqualTo(false);
        assertThat(((Map<?, ?>) message.get("advice")).get("reconnect")).isEqualTo("none");
    }

    private String handshake(WireClient wire) {
        String body = bayeux(wire, "[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"supportedConnectionTypes\":[\"long-polling\"],\"id\":\"1\"}]").body();
        return (String) ((Map<?, ?>) wire.array(body).get(0)).get("clientId");
    }

    private static String connect(String clientId, int id) {
        return "[{\"channel\":\"/meta/connect\",\"connectionType\":\"long-polling\",\"clientId\":\"" + clientId
                + "\",\"id\":\"" + id + "\"}]";
    }

    private static HttpResponse<String> bayeux(WireClient wire, String json) {
        return wire.send(bayeuxRequest(wire, json));
    }

    private static HttpRequest bayeuxRequest(WireClient wire, String json) {
        return wire.authorized("/cometd/37.0").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
