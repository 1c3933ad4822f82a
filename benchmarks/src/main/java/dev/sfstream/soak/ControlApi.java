package dev.sfstream.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The emulator's control API over real HTTP, as an operator or a test in another process would use it. */
public final class ControlApi {
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ControlApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** POSTs {@code json} to {@code /__emulator__/<path>}; returns the answer body; throws on a non-200 answer. */
    public String post(String path, String json) {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__emulator__/" + path))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("emulator control " + path + " answered " + reply.statusCode() + ": "
                        + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException("emulator control " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling emulator control " + path, e);
        }
    }

    /** Arms one fault (see the emulator's fault keys). */
    public void fault(String json) {
        post("faults", json);
    }

    public void clearFaults() {
        post("faults/clear", "{}");
    }
}
