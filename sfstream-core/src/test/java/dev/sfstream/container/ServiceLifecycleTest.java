package dev.sfstream.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.sfstream.annotation.ServiceName;
import dev.sfstream.annotation.Subscribe;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.failure.Failure;
import dev.sfstream.emulator.EmulatorExtension;
import dev.sfstream.notification.Notification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start waits for every subscribe answer, workers carry the Bayeux client id, a failed session fails the service. */
class ServiceLifecycleTest {
    private static final String CHANNEL = "/event/Order__e";

    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final Calls calls = new Calls();

    @ServiceName("orders")
    public static class OrderService {
        @Dependency
        Calls calls;

        @Subscribe(CHANNEL)
        public void handle(String channel, Notification notification) {
            calls.record("handle", channel, notification);
        }
    }

    @ServiceName("half-wired")
    public static class HalfWiredService {
        @Subscribe(CHANNEL)
        public void handle(Notification notification) {
        }

        @Subscribe("/topic/NoSuchTopic")
        public void missing(Notification notification) {
        }
    }

    @Test
    void aChangeRightAfterStartIsHandledEvenWhenTheSubscribeReplyIsSlow() throws Exception {
        Emulator emulator = emulators.emulator();
        fault(emulator, "{\"channel\":\"/meta/subscribe\",\"delayMs\":1500,\"times\":1}");
        ServiceContainer container = EmulatorServices.container(OrderService.class, emulator, Map.of(), calls).build();
        container.start();
        try {
            emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("n", 1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> calls.all().size() == 1);
        } finally {
            container.stop();
        }
    }

    @Test
    void aRefusedSubscriptionFailsTheStartNamingTheChannelAndTheError() {
        ServiceContainer container = EmulatorServices.container(HalfWiredService.class, emulators.emulator(),
                Map.of(), calls).build();
        assertThatThrownBy(container::start).isInstanceOf(ServiceStartException.class)
                .hasMessageContaining("/topic/NoSuchTopic").hasMessageContaining("does not exist");
        assertThat(container.state()).isEqualTo(ContainerState.FAILED);
    }

    @Test
    void workersCarryTheBayeuxClientIdAndTheReplayId() throws Exception {
        Emulator emulator = emulators.emulator();
        List<Map<String, Object>> contexts = new CopyOnWriteArrayList<>();
        ServiceContainer container = EmulatorServices.container(OrderService.class, emulator, Map.of(), calls)
                .workerListener((entrypoint, worker, arguments, result, failure) -> contexts.add(worker.data()))
                .build();
        container.start();
        try {
            long replayId = emulator.streaming().publish(CHANNEL, Map.of("payload", Map.of("n", 1)));
            await().atMost(Duration.ofSeconds(20)).until(() -> contexts.size() == 1);
            assertThat(contexts.get(0)).containsEntry("replay_id", replayId);
            String handshakeRequest = emulator.requests().stream()
                    .filter(request -> request.path().contains("/cometd/") && request.body().contains("/meta/handshake"))
                    .map(request -> request.body()).findFirst().orElseThrow();
            assertThat(handshakeRequest).contains("\"version\":\"1.0\"").contains("\"minimumVersion\":\"1.0\"");
            assertThat(contexts.get(0).get("client_id")).isInstanceOf(String.class)
                    .satisfies(clientId -> assertThat((String) clientId).isNotBlank());
            assertThat(emulator.requests().stream().anyMatch(request -> request.body()
                    .contains("\"clientId\":\"" + contexts.get(0).get("client_id") + "\""))).isTrue();
        } finally {
            container.stop();
        }
    }

    @Test
    void theConfiguredBayeuxVersionsAreSentInTheHandshake() {
        Emulator emulator = emulators.emulator();
        ServiceContainer container = EmulatorServices.container(OrderService.class, emulator,
                Map.of("BAYEUX_VERSION", "1.0", "BAYEUX_MINIMUM_VERSION", "0.9"), calls).build();
        container.start();
        try {
            assertThat(emulator.requests().stream().filter(request -> request.body().contains("/meta/handshake")))
                    .anySatisfy(request -> assertThat(request.body()).contains("\"minimumVersion\":\"0.9\""));
        } finally {
            container.stop();
        }
    }

    @Test
    void aSessionThatFailsForGoodFailsTheRunningService() {
        Emulator emulator = emulators.emulator();
        List<String> failures = new CopyOnWriteArrayList<>();
        ServiceContainer container = EmulatorServices.container(OrderService.class, emulator, Map.of(), calls)
                .failureListener((service, reason) -> failures.add(service + ": " + reason)).build();
        container.start();
        try {
            fault(emulator, "{\"channel\":\"/meta/handshake\",\"error\":\"400::API version 37.0 is not supported\","
                    + "\"times\":-1}");
            post(emulator, "/__emulator__/sessions/drop");
            await().atMost(Duration.ofSeconds(20)).until(() -> container.state() == ContainerState.FAILED);
            assertThat(container.failure()).hasValueSatisfying(reason -> {
                assertThat(reason.message()).contains("API version");
                assertThat(reason.kind()).isEqualTo(Failure.Kind.CONFIGURATION);
                assertThat(reason.errorCode()).contains("API version");
                assertThat(reason.retriable()).isFalse();
            });
            assertThat(failures).singleElement().asString().startsWith("orders: ");
            assertThat(container.isStreaming()).isFalse();
        } finally {
            container.stop();
        }
        assertThat(container.state()).isEqualTo(ContainerState.STOPPED);
    }

    private static void fault(Emulator emulator, String json) {
        post(emulator, "/__emulator__/faults", json);
    }

    private static void post(Emulator emulator, String path) {
        post(emulator, path, "{}");
    }

    private static void post(Emulator emulator, String path, String json) {
        try {
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(emulator.baseUrl() + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
