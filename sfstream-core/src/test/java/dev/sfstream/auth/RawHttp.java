package dev.sfstream.auth;

import dev.sfstream.emulator.Emulator;
import dev.sfstream.connection.EmulatorTrust;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls tests make to the emulator outside the code under test. */
final class RawHttp {
    private RawHttp() {
    }

    static int postForm(Emulator emulator, String path, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return EmulatorTrust.jdkClient(emulator).send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
