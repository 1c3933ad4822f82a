package dev.sfstream.emulator.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sfstream.emulator.internal.auth.TokenRegistry;
import dev.sfstream.emulator.internal.http.HttpIo;
import dev.sfstream.emulator.internal.http.JsonCodec;
import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.ChangeContext;
import dev.sfstream.emulator.spi.Principal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /services/data/...}: checks the access token, counts the call, honours {@code _HttpMethod}, parses
 * the JSON body and hands the call to the {@link RestRouter}. Every response carries {@code Sforce-Limit-Info}.
 */
public final class RestServlet extends HttpServlet {
    private static final Pattern VERSION = Pattern.compile("v(\\d+\\.\\d)");
    private static final Pattern CLIENT = Pattern.compile("(?:^|,)\\s*client\\s*=\\s*([^,]+)");
    private static final int MAX_BODY = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RestServlet.class);

    private final transient RestRouter router;
    private final transient TokenRegistry tokens;
    private final transient ApiUsage usage;
    private final transient JsonCodec json;

    public RestServlet(RestRouter router, TokenRegistry tokens, ApiUsage usage, JsonCodec json) {
        this.router = router;
        this.tokens = tokens;
        this.usage = usage;
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> segments = request.getPathInfo() == null ? List.of()
                : Arrays.stream(request.getPathInfo().split("/")).filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty()) {
            HttpIo.write(response, 200, HttpIo.JSON, json.write(ApiVersions.list()));
            return;
        }
        Matcher version = VERSION.matcher(segments.get(0));
        if (!version.matches()) {
            error(response, ApiError.notFound());
            return;
        }
        String authorization = request.getHeader("Authorization");
        Optional<Principal> principal = tokens.authenticate(authorization);
        if (principal.isEmpty()) {
            boolean garbled = authorization != null && !authorization.isBlank()
                    && TokenRegistry.bareToken(authorization) == null;
            error(response, garbled ? new ApiError(401, "INVALID_AUTH_HEADER", "INVALID_HEADER_TYPE", null)
                    : new ApiError(401, "INVALID_SESSION_ID", "Session expired or invalid", null));
            return;
        }
        if (!usage.tryCount()) {
            error(response, new ApiError(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.", null));
            return;
        }
        String method = method(request);
        Object body;
        try {
            body = body(request, method);
        } catch (HttpIo.BodyTooLargeException e) {
            error(response, new ApiError(413, "REQUEST_ENTITY_TOO_LARGE", e.getMessage(), null));
            return;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at [line:" + e.getLocation().getLineNr() + ", column:" + e.getLocation().getColumnNr() + "]";
            error(response, ApiError.badRequest("JSON_PARSER_ERROR", e.getOriginalMessage() + where));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("Sforce-Query-Options", "Sforce-Call-Options")) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        ChangeContext context = new ChangeContext(principal.get(), "rest", version.group(1),
                callOptionsClient(request.getHeader("Sforce-Call-Options")));
        RestResult result;
        try {
            result = router.route(new RestCall(method, version.group(1), segments.subList(1, segments.size()),
                    parameters(request), body, context, headers));
        } catch (RuntimeException e) {
            String errorId = Long.toString(Math.abs(e.hashCode()));
            LOG.error("REST {} {} failed unexpectedly (ErrorId {})", method, request.getRequestURI(), errorId, e);
            result = RestResult.error(new ApiError(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please"
                    + " include this ErrorId if you contact support: " + errorId, null));
        }
        write(response, result);
    }

    private static String method(HttpServletRequest request) {
        String override = request.getParameter("_HttpMethod");
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("POST") && override != null && !override.isBlank()) {
            return override.trim().toUpperCase(Locale.ROOT);
        }
        return method.equals("HEAD") ? "GET" : method;
    }

    private Object body(HttpServletRequest request, String method) throws IOException {
        if (method.equals("GET") || method.equals("DELETE")) {
            return null;
        }
        byte[] bytes = HttpIo.readBody(request, MAX_BODY);
        return bytes.length == 0 ? null : json.read(bytes);
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, v.length == 0 ? "" : v[0]));
        return params;
    }

    static String callOptionsClient(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = CLIENT.matcher(header);
        return m.find() ? m.group(1).trim() : null;
    }

    private void write(HttpServletResponse response, RestResult result) throws IOException {
        response.setHeader("Sforce-Limit-Info", usage.headerValue());
        result.headers().forEach(response::setHeader);
        if (result.body() == null) {
            response.setStatus(result.status());
            return;
        }
        HttpIo.write(response, result.status(), HttpIo.JSON, json.write(result.body()));
    }

    private void error(HttpServletResponse response, ApiError error) throws IOException {
        response.setHeader("Sforce-Limit-Info", usage.headerValue());
        HttpIo.write(response, error.status(), HttpIo.JSON, json.write(List.of(error.restEntry())));
    }
}
