package dev.sfstream.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.config.SfstreamConfig;
import dev.sfstream.container.ServiceContainer;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /metrics} shows the services' meters with their tags and the JVM's; {@code /health} turns 503 while a
 * session is lost and cannot come back, and 200 again once it has.
 */
class MetricsEndpointTest {
    @RegisterExtension
    final EmulatorExtension emulators = new EmulatorExtension();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void metricsCarryTheTagsAndHealthFollowsTheSession() throws Exception {
        Emulator emulator = emulators.emulator();
        try (Observability observability = new Observability()) {
            ServiceContainer container = observability.observe(ServiceContainer.builder(ProcessTestService.class)
                    .config(SfstreamConfig.of(Map.of("SALESFORCE", emulator.salesforceConfig())))
                    .streamingSettings(settings -> settings.withReconnectBackOffBase(Duration.ofMillis(50))
                            .withReconnectBackOffCap(Duration.ofMillis(500))), ProcessTestService.class).build();
            String base = observability.serve("127.0.0.1", 0, List.of(container));
            assertThat(get(base + "/health").statusCode()).as("before start").isEqualTo(503);
            container.start();
            try {
                HttpResponse<String> healthy = get(base + "/health");
                assertThat(healthy.statusCode()).isEqualTo(200);
                assertThat(healthy.body()).isEqualTo("{\"status\":\"UP\",\"services\":{\"process-test\":{\"state\":"
                        + "\"RUNNING\",\"streaming\":true,\"session\":\"CONNECTED\"}}}");

                emulator.createRecord("Account", Map.of("Name", "Metered"));
                await().atMost(Duration.ofSeconds(20)).until(() -> get(base + "/metrics").body()
                        .contains("sfstream_handler_seconds_count{entrypoint=\"handle\",outcome=\"success\","
                                + "service=\"process-test\"} 1"));
                HttpResponse<String> metrics = get(base + "/metrics");
                assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                        assertThat(type).startsWith("text/plain"));
                assertThat(metrics.body())
                        .contains("sfstream_events_received_total{channel=\"/topic/ProcessTestAccounts\","
                                + "service=\"process-test\"} 1.0")
                        .contains("sfstream_events_handled_total{channel=\"/topic/ProcessTestAccounts\","
                                + "service=\"process-test\"} 1.0")
                        .contains("sfstream_handshakes_total{service=\"process-test\"}")
                        .contains("jvm_memory_used_bytes{").contains("jvm_threads_live_threads ");

                control(emulator, "/__emulator__/faults", "{\"channel\":\"/meta/handshake\",\"status\":502,"
                        + "\"times\":-1}");
                control(emulator, "/__emulator__/sessions/drop", "{}");
                await().atMost(Duration.ofSeconds(20)).until(() -> get(base + "/health").statusCode() == 503);
                assertThat(get(base + "/health").body()).startsWith("{\"status\":\"DOWN\"")
                        .containsPattern("\"session\":\"(RECONNECTING|BACKING_OFF)\"");

                http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__emulator__/faults")).DELETE()
                        .build(), HttpResponse.BodyHandlers.discarding());
                await().atMost(Duration.ofSeconds(20)).until(() -> get(base + "/health").statusCode() == 200);
                assertThat(get(base + "/nothing").statusCode()).isEqualTo(404);
            } finally {
                container.stop();
            }
            assertThat(get(base + "/health").statusCode()).as("after stop").isEqualTo(503);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void control(Emulator emulator, String path, String json) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    }
}
