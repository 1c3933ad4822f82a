package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A plain HTTP client (no CometD) that posts raw Bayeux JSON and keeps cookies, for wire tests. */
final class WireClient {
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String authorization = "Bearer " + TestOrg.TOKEN;

    WireClient(StreamingServer server) {
        this(server.uri("").toString());
    }

    WireClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
    }

    WireClient authorization(String header) {
        this.authorization = header;
        return this;
    }

    /** The reply to a POST: status, raw body, and the body parsed (null when it is not JSON). */
    record Reply(int status, String body, JsonNode json, HttpResponse<String> response) {
        JsonNode get(int index) {
            return json.get(index);
        }

        /** The replay ids of the events on {@code channel} in this reply, in order. */
        List<Long> replayIds(String channel) {
            List<Long> ids = new ArrayList<>();
            for (JsonNode message : json) {
                if (channel.equals(message.path("channel").asText())) {
                    ids.add(message.path("data").path("event").path("replayId").asLong());
                }
            }
            return ids;
        }
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return toReply(http.send(request(path, json), HttpResponse.BodyHandlers.ofString()));
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body without the Authorization header. */
    Reply postForm(String path, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return toReply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    CompletableFuture<Reply> postAsync(String path, String json) {
        return http.sendAsync(request(path, json), HttpResponse.BodyHandlers.ofString()).thenApply(this::toReply);
    }

    JsonNode json(String text) throws IOException {
        return mapper.readTree(text);
    }

    /** Handshakes on /cometd/65.0 and returns the clientId. */
    String handshake() throws IOException, InterruptedException {
        Reply reply = post("/cometd/65.0", "[{\"id\":1,\"channel\":\"/meta/handshake\",\"version\":\"1.0\","
                + "\"minimumVersion\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]}]");
        if (!reply.get(0).path("successful").asBoolean()) {
            throw new IllegalStateException("handshake failed: " + reply.body());
        }
        return reply.get(0).path("clientId").asText();
    }

    /** Handshakes, sends the first connect (id 2) and returns the clientId. */
    String handshakeAndConnect() throws IOException, InterruptedException {
        String clientId = handshake();
        connect(clientId, 2);
        return clientId;
    }

    Reply connect(String clientId, int id) throws IOException, InterruptedException {
        return post("/cometd/65.0/connect", connectJson(clientId, id));
    }

    static String connectJson(String clientId, int id) {
        return "[{\"clientId\":\"" + clientId + "\",\"id\":" + id
                + ",\"channel\":\"/meta/connect\",\"connectionType\":\"long-polling\"}]";
    }

    Reply subscribe(String clientId, int id, String channel, String replayJson) throws IOException, InterruptedException {
        String ext = replayJson == null ? "" : ",\"ext\":{\"replay\":{\"" + channel + "\":" + replayJson + "}}";
        return post("/cometd/65.0/subscribe", "[{\"id\":" + id + ",\"channel\":\"/meta/subscribe\",\"clientId\":\""
                + clientId + "\",\"subscription\":\"" + channel + "\"" + ext + "}]");
    }

    private HttpRequest request(String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private Reply toReply(HttpResponse<String> response) {
        JsonNode parsed;
        try {
            parsed = mapper.readTree(response.body());
        } catch (IOException e) {
            parsed = null;
        }
        return new Reply(response.statusCode(), response.body(), parsed, response);
    }
}
