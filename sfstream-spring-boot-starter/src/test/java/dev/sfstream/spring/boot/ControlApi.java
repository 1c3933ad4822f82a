package dev.sfstream.spring.boot;

import dev.sfstream.emulator.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The emulator's control API over HTTP, as an operator or another process would use it. */
final class ControlApi {
    private final Emulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    ControlApi(Emulator emulator) {
        this.emulator = emulator;
    }

    void post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + reply.statusCode() + ": " + reply.body());
        }
    }
}
