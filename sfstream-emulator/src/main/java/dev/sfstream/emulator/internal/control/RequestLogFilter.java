package dev.sfstream.emulator.internal.control;

import dev.sfstream.emulator.RecordedRequest;
import dev.sfstream.emulator.internal.http.CachedBodyRequest;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.spi.EmulatorClock;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Records every request (method, path, headers, body with passwords masked) before it reaches its servlet.
 * Bodies larger than the emulator accepts anywhere are refused here with HTTP 413.
 */
public final class RequestLogFilter extends HttpFilter {
    private static final int MAX_BODY = 8 * 1024 * 1024;
    private static final int LOGGED_BODY = 64 * 1024;
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final transient RequestLog log;
    private final transient EmulatorClock clock;

    public RequestLogFilter(RequestLog log, EmulatorClock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = HttpIo.readBody(request, MAX_BODY);
        } catch (HttpIo.BodyTooLargeException e) {
            log.add(record(request, "<" + e.getMessage() + ">"));
            drain(request);
            HttpIo.write(response, 413, "text/plain;charset=UTF-8", "Maximum Request Size Exceeded");
            return;
        }
        int shown = Math.min(body.length, LOGGED_BODY);
        log.add(record(request, SecretRedaction.redact(request.getContentType(),
                new String(body, 0, shown, StandardCharsets.UTF_8))));
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** Reads the rest of an over-large body so that the client, still sending, gets the 413 and not a reset. */
    private static void drain(HttpServletRequest request) {
        byte[] sink = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try (var in = request.getInputStream()) {
            int n;
            while (left > 0 && (n = in.read(sink)) >= 0) {
                left -= n;
            }
        } catch (IOException clientGone) {
            // the client stopped sending; the 413 is still the right answer
        }
    }

    private RecordedRequest record(HttpServletRequest request, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .addAll(Collections.list(request.getHeaders(name)));
        }
        return new RecordedRequest(clock.now(), request.getMethod(), request.getRequestURI(),
                request.getQueryString(), headers, body);
    }
}
