package dev.sfstream.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for wire tests: logs in and sends REST requests without any Salesforce library. */
public final class WireClient {
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;
    private String token;

    public WireClient(String baseUrl) {
        this(baseUrl, HttpClient.newHttpClient());
    }

    /** A client that trusts what {@code tls} trusts, for an emulator serving HTTPS. */
    public WireClient(String baseUrl, javax.net.ssl.SSLContext tls) {
        this(baseUrl, HttpClient.newBuilder().sslContext(tls).build());
    }

    private WireClient(String baseUrl, HttpClient http) {
        this.baseUrl = baseUrl;
        this.http = http;
    }

    /** Logs in with the OAuth password grant as the given default-org user. */
    public WireClient login(String username, String passwordAndToken) {
        HttpResponse<String> response = form("/services/oauth2/token", Map.of("grant_type", "password",
                "client_id", OrgFixture.CONSUMER_KEY, "client_secret", OrgFixture.CONSUMER_SECRET,
                "username", username, "password", passwordAndToken));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        token = (String) json(response.body(), Map.class).get("access_token");
        return this;
    }

    public WireClient loginDefault() {
        return login(OrgFixture.DEFAULT_USERNAME, OrgFixture.DEFAULT_PASSWORD + OrgFixture.DEFAULT_SECURITY_TOKEN);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> form(String path, Map<String, String> params) {
        String body = params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(authorized(path).GET().build());
    }

    public HttpResponse<String> post(String path, String jsonBody) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    public HttpResponse<String> patch(String path, String jsonBody) {
        return send(authorized(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(authorized(path).DELETE().build());
    }

    public HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = authorized(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder authorized(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public <T> T json(String body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String body) {
        return json(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    public java.util.List<Object> array(String body) {
        return json(body, java.util.List.class);
    }

    /** Parses and re-serialises JSON so that tests compare documents, not whitespace. */
    public String canonical(String body) {
        try {
            return mapper.writeValueAsString(mapper.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
