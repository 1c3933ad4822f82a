package dev.sfstream.streaming;

import dev.sfstream.connection.EmulatorTrust;
import dev.sfstream.emulator.Emulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the emulator's control API and event publishing. */
final class EmulatorControl {
    static final String CHANNEL = "/data/ChangeEvents";

    private final Emulator emulator;
    private final HttpClient http;

    EmulatorControl(Emulator emulator) {
        this.emulator = emulator;
        this.http = EmulatorTrust.jdkClient(emulator);
    }

    String post(String path, String body) {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("control " + path + " answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void dropSessions() {
        post("/__emulator__/sessions/drop", "{}");
    }

    void disconnectSessions() {
        post("/__emulator__/sessions/disconnect", "{}");
    }

    void fault(String json) {
        post("/__emulator__/faults", json);
    }

    /** Publishes a change event of {@code record} carrying {@code n}; returns its replay id. */
    long publish(String record, int n) {
        return publish(CHANNEL, record, n);
    }

    long publish(String channel, String record, int n) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("entityName", "Account");
        header.put("recordIds", List.of(record));
        header.put("changeType", "UPDATE");
        header.put("commitTimestamp", emulator.clock().millis());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ChangeEventHeader", header);
        payload.put("n", n);
        return emulator.streaming().publish(channel, new LinkedHashMap<>(Map.of("payload", payload)));
    }
}
