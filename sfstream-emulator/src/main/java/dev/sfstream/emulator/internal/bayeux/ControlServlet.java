package dev.sfstream.emulator.internal.bayeux;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sfstream.emulator.internal.faults.FaultRule;
import dev.sfstream.emulator.internal.faults.FaultRuleParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Bayeux control endpoints under {@code /__emulator__/}: {@code sessions} (GET count),
 * {@code sessions/drop}, {@code sessions/disconnect}, {@code faults} (POST add, GET list, DELETE clear),
 * {@code faults/clear} and {@code publish}.
 */
final class ControlServlet extends HttpServlet {
    private static final int MAX_BODY = 1 << 20;
    private static final int MAX_PUBLISH = 1_000_000;

    private final transient ObjectMapper mapper = new ObjectMapper();
    private final transient StreamingEndpoint endpoint;

    ControlServlet(StreamingEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String method = request.getMethod();
        try {
            switch (method + " " + path) {
                case "GET /__emulator__/sessions" -> reply(response, 200, Map.of("count", endpoint.sessionCount()));
                case "POST /__emulator__/sessions/drop" -> reply(response, 200, Map.of("dropped", endpoint.dropSessions()));
                case "POST /__emulator__/sessions/disconnect" ->
                        reply(response, 200, Map.of("disconnected", endpoint.disconnectAll()));
                case "POST /__emulator__/faults" -> addFault(request, response);
                case "GET /__emulator__/faults" -> reply(response, 200, Map.of("faults", endpoint.faults().list()));
                case "DELETE /__emulator__/faults", "POST /__emulator__/faults/clear" -> {
                    endpoint.faults().clear();
                    reply(response, 200, Map.of("cleared", true));
                }
                case "POST /__emulator__/publish" -> publish(request, response);
                default -> reply(response, 404, Map.of("error", "no control endpoint " + method + " " + path));
            }
        } catch (IllegalArgumentException e) {
            reply(response, 400, Map.of("error", e.getMessage()));
        }
    }

    private void addFault(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> bodies = readObjects(request);
        List<FaultRule> rules = bodies.stream().map(FaultRuleParser::parse).toList();
        rules.forEach(endpoint.faults()::add);
        reply(response, 200, Map.of("armed", rules));
    }

    private void publish(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = readObjects(request).get(0);
        if (!(body.get("channel") instanceof String channel)) {
            throw new IllegalArgumentException("publish needs a 'channel' string, e.g. {\"channel\": \"/topic/X\"}");
        }
        Object countValue = body.getOrDefault("count", 1);
        if (!(countValue instanceof Integer count) || count < 1 || count > MAX_PUBLISH) {
            throw new IllegalArgumentException("publish 'count' must be an integer from 1 to " + MAX_PUBLISH
                    + ", got " + countValue);
        }
        Object data = body.get("data");
        PublishedRange range;
        if (data == null) {
            range = endpoint.publishSynthetic(channel, count);
        } else if (data instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v));
            range = endpoint.publishCopies(channel, copy, count);
        } else {
            throw new IllegalArgumentException("publish 'data' must be a JSON object, got " + data);
        }
        reply(response, 200, range);
    }

    private List<Map<String, Object>> readObjects(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IllegalArgumentException("control request body over " + MAX_BODY + " bytes");
        }
        try {
            Object parsed = mapper.readValue(bytes, Object.class);
            if (parsed instanceof Map<?, ?>) {
                return List.of(mapper.convertValue(parsed, new TypeReference<Map<String, Object>>() { }));
            }
            if (parsed instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Map.class::isInstance)) {
                return mapper.convertValue(parsed, new TypeReference<List<Map<String, Object>>>() { });
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("control request body is not JSON: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("control request body must be a JSON object (or an array of objects)");
    }

    private void reply(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(mapper.writeValueAsBytes(body));
    }
}
