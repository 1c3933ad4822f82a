package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.ManagedSubscription;
import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.internal.events.EventFieldTypes;
import dev.sfstream.emulator.internal.events.RegisteredSchema;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.records.FieldType;
import io.grpc.Status;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Pub/Sub control endpoints: {@code GET /__emulator__/pubsub} (port, open streams, faults),
 * {@code POST /__emulator__/pubsub/faults} ({@code unavailableCalls}, {@code stall}, {@code delayMillis}),
 * {@code DELETE /__emulator__/pubsub/faults}, {@code POST /__emulator__/pubsub/streams/close}
 * ({@code status}, {@code errorCode}, {@code message}), {@code POST /__emulator__/pubsub/streams/keepalive-ahead}
 * ({@code count}: keepalives naming the newest replay id now, breaking Salesforce's rule), {@code GET} and {@code POST /__emulator__/pubsub/managed-subscriptions}
 * (list, or declare one: {@code developerName}, {@code topicName}, {@code defaultReplay}, {@code errorRecoveryReplay},
 * {@code state}) and {@code POST /__emulator__/events} (declare a
 * platform event: {@code name}, {@code fields} by type).
 */
public final class PubSubControlServlet extends HttpServlet {
    public static final List<String> PATHS = List.of("/__emulator__/pubsub", "/__emulator__/pubsub/*",
            "/__emulator__/events");
    private static final int MAX_BODY = 1 << 20;

    private final transient PubSubServer server;
    private final transient EventDefinitions definitions;
    private final transient JsonCodec json;

    public PubSubControlServlet(PubSubServer server, EventDefinitions definitions, JsonCodec json) {
        this.server = server;
        this.definitions = definitions;
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            switch (request.getMethod() + " " + path) {
                case "GET /__emulator__/pubsub" -> reply(response, 200, state());
                case "POST /__emulator__/pubsub/faults" -> reply(response, 200, arm(body(request)));
                case "DELETE /__emulator__/pubsub/faults", "POST /__emulator__/pubsub/faults/clear" -> {
                    server.clearFaults();
                    reply(response, 200, server.faults().describe());
                }
                case "POST /__emulator__/pubsub/streams/close" -> reply(response, 200, close(body(request)));
                case "POST /__emulator__/pubsub/streams/keepalive-ahead" -> reply(response, 200,
                        keepaliveAhead(body(request)));
                case "GET /__emulator__/pubsub/managed-subscriptions" ->
                        reply(response, 200, server.managedSubscriptions().describe());
                case "POST /__emulator__/pubsub/managed-subscriptions" -> reply(response, 200,
                        declareManaged(body(request)));
                case "POST /__emulator__/events" -> reply(response, 200, declare(body(request)));
                default -> reply(response, 404, Map.of("error", "no control endpoint " + request.getMethod() + " "
                        + path));
            }
        } catch (IllegalArgumentException e) {
            reply(response, 400, Map.of("error", e.getMessage()));
        }
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("port", server.port());
        state.put("openStreams", server.openStreams());
        state.put("faults", server.faults().describe());
        return state;
    }

    private Map<String, Object> arm(Map<String, Object> body) {
        if (body.get("unavailableCalls") instanceof Number calls) {
            server.faults().failNextCalls(calls.intValue());
        }
        if (body.get("delayMillis") instanceof Number millis) {
            server.faults().delay(millis.longValue());
        }
        if (body.get("stall") instanceof Boolean stall) {
            server.stall(stall);
        }
        return server.faults().describe();
    }

    private Map<String, Object> close(Map<String, Object> body) {
        Status status;
        try {
            status = Status.fromCode(Status.Code.valueOf(String.valueOf(body.getOrDefault("status", "UNAVAILABLE"))
                    .toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'status' must be a gRPC status name such as UNAVAILABLE, got "
                    + body.get("status"), e);
        }
        String code = String.valueOf(body.getOrDefault("errorCode", "service.unavailable"));
        String message = String.valueOf(body.getOrDefault("message", "The stream was closed by the server."));
        return Map.of("closed", server.closeStreams(status, code, message));
    }

    private Map<String, Object> keepaliveAhead(Map<String, Object> body) {
        Object count = body.getOrDefault("count", 1);
        if (!(count instanceof Number number) || number.intValue() < 1 || number.intValue() > 100) {
            throw new IllegalArgumentException("'count' must be a number of keepalives from 1 to 100, got " + count);
        }
        return Map.of("streams", server.sendKeepalivesAhead(number.intValue()));
    }

    private Map<String, Object> declareManaged(Map<String, Object> body) {
        if (!(body.get("developerName") instanceof String name)) {
            throw new IllegalArgumentException("declare a managed subscription with {\"developerName\": \"Order_Sub\","
                    + " \"topicName\": \"/event/Order__e\"} and optionally defaultReplay, errorRecoveryReplay"
                    + " (LATEST or EARLIEST) and state (RUN or STOP)");
        }
        ManagedSubscription config = ManagedSubscriptionFields.configure(name, body, null);
        String id = server.managedSubscriptions().declare(config);
        return Map.of("id", id, "developerName", config.developerName(), "topicName", config.topicName(),
                "state", config.state().name());
    }

    private Map<String, Object> declare(Map<String, Object> body) {
        if (!(body.get("name") instanceof String name) || !(body.get("fields") instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("declare an event with {\"name\": \"Order__e\", \"fields\":"
                    + " {\"Amount__c\": \"NUMBER\"}}");
        }
        Map<String, FieldType> types = new LinkedHashMap<>();
        fields.forEach((field, type) -> types.put(String.valueOf(field), EventFieldTypes.parse(String.valueOf(type))));
        RegisteredSchema schema = definitions.declare(name, types);
        return Map.of("name", schema.definition().name(), "schemaId", schema.id());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(HttpServletRequest request) throws IOException {
        Object parsed = json.read(HttpIo.readBody(request, MAX_BODY));
        if (parsed instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("the control request body must be a JSON object");
    }

    private void reply(HttpServletResponse response, int status, Object body) throws IOException {
        HttpIo.write(response, status, HttpIo.JSON, json.write(body));
    }
}
