package dev.sfstream.streaming;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.auth.LoginException;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.connection.EmulatorTrust;
import dev.sfstream.connection.NetworkSettings;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.OrgFixture;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A test-only session source: the emulator's OAuth password grant, with a login counter. */
final class EmulatorSessions implements SessionSource {
    private final String baseUrl;
    private final HttpClient http;
    private final NetworkSettings network;
    private final ObjectMapper json = new ObjectMapper();
    final AtomicInteger logins = new AtomicInteger();
    private volatile Session session;

    EmulatorSessions(Emulator emulator) {
        this.baseUrl = emulator.baseUrl();
        this.http = EmulatorTrust.jdkClient(emulator);
        this.network = EmulatorTrust.network(emulator);
    }

    @Override
    public NetworkSettings network() {
        return network;
    }

    @Override
    public synchronized Session current() {
        if (session == null) {
            session = login();
        }
        return session;
    }

    @Override
    public synchronized Session renew(Session rejected) {
        if (session != null && rejected != null && !session.accessToken().equals(rejected.accessToken())) {
            return session;
        }
        session = login();
        return session;
    }

    private Session login() {
        String form = "grant_type=password&client_id=" + OrgFixture.CONSUMER_KEY + "&client_secret="
                + OrgFixture.CONSUMER_SECRET + "&username=" + enc(OrgFixture.DEFAULT_USERNAME) + "&password="
                + enc(OrgFixture.DEFAULT_PASSWORD + OrgFixture.DEFAULT_SECURITY_TOKEN);
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Map<?, ?> body = json.readValue(reply.body(), Map.class);
            if (reply.statusCode() != 200) {
                throw new LoginException("password", String.valueOf(body.get("error")), "login refused", null);
            }
            logins.incrementAndGet();
            String[] id = String.valueOf(body.get("id")).split("/");
            return new Session((String) body.get("access_token"), URI.create((String) body.get("instance_url")),
                    id[id.length - 1], id[id.length - 2], Instant.now());
        } catch (IOException unreachable) {
            throw new LoginException("password", null, "emulator unreachable: " + unreachable, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new LoginException("password", null, "interrupted", interrupted);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
