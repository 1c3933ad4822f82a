package dev.sfstream.rest;

import dev.sfstream.emulator.Emulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Injects faults through the emulator's control API ({@code POST /__emulator__/faults}). */
public final class EmulatorFaults {
    private EmulatorFaults() {
    }

    public static void inject(Emulator emulator, String faultJson) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/__emulator__/faults"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(faultJson)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("the emulator refused the fault " + faultJson + ": "
                        + response.statusCode() + " " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
