package dev.sfstream.emulator.internal.control;

import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.emulator.internal.auth.TokenRegistry;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.ChangeContext;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.EmulatorTimers;
import dev.sfstream.emulator.spi.Principal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control endpoints of the auth/REST side: {@code POST /__emulator__/tokens/revoke},
 * {@code POST /__emulator__/clock/advance?seconds=N}, {@code GET|DELETE /__emulator__/requests},
 * {@code GET /__emulator__/timers} and {@code POST /__emulator__/records/undelete?id=...}.
 */
public final class ControlServlet extends HttpServlet {
    public static final List<String> PATHS = List.of("/__emulator__/tokens/revoke", "/__emulator__/clock/advance",
            "/__emulator__/requests", "/__emulator__/timers", "/__emulator__/records/undelete");

    private final transient TokenRegistry tokens;
    private final transient EmulatorClock clock;
    private final transient EmulatorTimers timers;
    private final transient RequestLog log;
    private final transient OrgStore store;
    private final transient Principal admin;
    private final transient JsonCodec json;

    public ControlServlet(TokenRegistry tokens, EmulatorClock clock, EmulatorTimers timers, RequestLog log,
                          OrgStore store, Principal admin, JsonCodec json) {
        this.tokens = tokens;
        this.clock = clock;
        this.timers = timers;
        this.log = log;
        this.store = store;
        this.admin = admin;
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String method = request.getMethod();
        switch (method + " " + path) {
            case "POST /__emulator__/tokens/revoke" -> ok(response, Map.of("revoked", tokens.revokeAllAccessTokens()));
            case "POST /__emulator__/clock/advance" -> advance(request, response);
            case "GET /__emulator__/requests" -> ok(response, requests());
            case "DELETE /__emulator__/requests" -> {
                log.clear();
                HttpIo.noContent(response);
            }
            case "GET /__emulator__/timers" -> ok(response, timers());
            case "POST /__emulator__/records/undelete" -> undelete(request, response);
            default -> error(response, 405, method + " is not supported on " + path);
        }
    }

    private void advance(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String seconds = request.getParameter("seconds");
        long value;
        try {
            value = Long.parseLong(seconds == null ? "" : seconds.trim());
        } catch (NumberFormatException e) {
            error(response, 400, "query parameter 'seconds' must be a whole number of seconds, got '" + seconds + "'");
            return;
        }
        if (value < 0) {
            error(response, 400, "query parameter 'seconds' must not be negative, got " + value);
            return;
        }
        clock.advance(Duration.ofSeconds(value));
        ok(response, Map.of("now", clock.now().toString()));
    }

    private void undelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        try {
            StoredRecord restored = store.undelete(id == null ? "" : id, new ChangeContext(admin, "rest", "65.0", null));
            ok(response, Map.of("id", restored.id(), "success", true));
        } catch (ApiError e) {
            HttpIo.write(response, e.status(), HttpIo.JSON, json.write(List.of(e.restEntry())));
        }
    }

    private List<Map<String, Object>> requests() {
        return log.entries().stream().map(ControlServlet::toJson).toList();
    }

    private static Map<String, Object> toJson(RecordedRequest r) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", r.at().toString());
        entry.put("method", r.method());
        entry.put("path", r.path());
        entry.put("query", r.query());
        entry.put("headers", r.headers());
        entry.put("body", r.body());
        return entry;
    }

    private Map<String, Object> timers() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("holdTimeoutMillis", timers.holdTimeout().toMillis());
        body.put("reconnectWindowMillis", timers.reconnectWindow().toMillis());
        body.put("authRevalidationMillis", timers.authRevalidation().toMillis());
        return body;
    }

    private void ok(HttpServletResponse response, Object body) throws IOException {
        HttpIo.write(response, 200, HttpIo.JSON, json.write(body));
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        HttpIo.write(response, status, HttpIo.JSON, json.write(Map.of("error", message)));
    }
}
