package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code composite} (up to 25 subrequests with {@code @{ref.field}} references) and {@code composite/sobjects}
 * (up to 200 records). With {@code allOrNone}, the first failure halts the rest ({@code PROCESSING_HALTED});
 * the emulator does not undo subrequests that already ran.
 */
final class CompositeResource {
    private static final Pattern URL = Pattern.compile("^/services/data/v(\\d+\\.\\d)/([^?]*)(\\?(.*))?$");
    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)\\.([A-Za-z0-9_.]+)}");
    private static final int MAX_SUBREQUESTS = 25;
    private static final int MAX_RECORDS = 200;

    private final RestRouter router;

    CompositeResource(RestRouter router) {
        this.router = router;
    }

    RestResult handle(RestCall call) {
        if (call.segments().size() == 2 && call.segment(1).equals("sobjects")) {
            return collections(call);
        }
        if (call.segments().size() != 1) {
            throw ApiError.notFound();
        }
        if (!call.method().equals("POST")) {
            throw MethodNotAllowed.of(call.method(), "POST");
        }
        Map<String, Object> body = SObjectResource.bodyObject(call);
        List<?> requests = body.get("compositeRequest") instanceof List<?> list ? list : null;
        if (requests == null || requests.isEmpty()) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "compositeRequest must be a non-empty array");
        }
        if (requests.size() > MAX_SUBREQUESTS) {
            throw ApiError.badRequest("LIMIT_EXCEEDED", "Composite requests are limited to " + MAX_SUBREQUESTS
                    + " subrequests");
        }
        boolean allOrNone = Boolean.TRUE.equals(body.get("allOrNone"));
        Map<String, Object> results = new LinkedHashMap<>();
        List<Map<String, Object>> responses = new ArrayList<>();
        boolean halted = false;
        for (Object entry : requests) {
            Map<?, ?> request = entry instanceof Map<?, ?> m ? m : Map.of();
            String referenceId = String.valueOf(request.get("referenceId"));
            RestResult result = halted ? RestResult.error(halt()) : subrequest(call, request, results);
            results.put(referenceId, result.body());
            halted |= allOrNone && result.status() >= 400;
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("body", result.body());
            response.put("httpHeaders", result.headers());
            response.put("httpStatusCode", result.status());
            response.put("referenceId", referenceId);
            responses.add(response);
        }
        return RestResult.ok(Map.of("compositeResponse", responses));
    }

    private RestResult subrequest(RestCall parent, Map<?, ?> request, Map<String, Object> results) {
        try {
            String url = resolve(String.valueOf(request.get("url")), results);
            Matcher m = URL.matcher(url);
            if (!m.matches()) {
                throw ApiError.notFound();
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (m.group(4) != null) {
                for (String pair : m.group(4).split("&")) {
                    int eq = pair.indexOf('=');
                    params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            Map<String, String> headers = new LinkedHashMap<>(parent.headers());
            if (request.get("httpHeaders") instanceof Map<?, ?> extra) {
                extra.forEach((k, v) -> headers.put(String.valueOf(k).toLowerCase(Locale.ROOT), String.valueOf(v)));
            }
            List<String> segments = Arrays.stream(m.group(2).split("/")).filter(s -> !s.isEmpty()).toList();
            String method = String.valueOf(request.get("method")).toUpperCase(Locale.ROOT);
            return router.route(new RestCall(method, m.group(1), segments, params,
                    resolveBody(request.get("body"), results), parent.context(), headers));
        } catch (ApiError e) {
            return RestResult.error(e);
        }
    }

    private RestResult collections(RestCall call) {
        if (!call.method().equals("POST") && !call.method().equals("PATCH")) {
            throw MethodNotAllowed.of(call.method(), "POST,PATCH");
        }
        Map<String, Object> body = SObjectResource.bodyObject(call);
        List<?> records = body.get("records") instanceof List<?> list ? list : null;
        if (records == null) {
            throw ApiError.badRequest("JSON_PARSER_ERROR", "records must be an array");
        }
        if (records.size() > MAX_RECORDS) {
            throw ApiError.badRequest("EXCEEDED_ID_LIMIT", "record limit reached. cannot submit more than "
                    + MAX_RECORDS + " records into this call");
        }
        boolean allOrNone = Boolean.TRUE.equals(body.get("allOrNone"));
        List<Object> results = new ArrayList<>();
        boolean halted = false;
        for (Object entry : records) {
            if (halted) {
                results.add(failure(halt(), null));
                continue;
            }
            Map<String, Object> record = entry instanceof Map<?, ?> m ? new LinkedHashMap<>(castMap(m)) : Map.of();
            Object attributes = record.get("attributes");
            String type = attributes instanceof Map<?, ?> a && a.get("type") != null ? String.valueOf(a.get("type")) : "";
            Object id = record.get("Id");
            RestResult result;
            if (call.method().equals("POST")) {
                result = router.route(new RestCall("POST", call.version(), List.of("sobjects", type), Map.of(), record,
                        call.context(), call.headers()));
            } else {
                Map<String, Object> changes = new LinkedHashMap<>(record);
                changes.keySet().removeIf(k -> k.equalsIgnoreCase("Id"));
                result = router.route(new RestCall("PATCH", call.version(), List.of("sobjects", type, String.valueOf(id)),
                        Map.of(), changes, call.context(), call.headers()));
            }
            if (result.status() < 300) {
                Map<String, Object> ok = new LinkedHashMap<>();
                ok.put("id", result.body() instanceof Map<?, ?> saved ? saved.get("id") : id);
                ok.put("success", true);
                ok.put("errors", List.of());
                results.add(ok);
            } else {
                Map<?, ?> error = (Map<?, ?>) ((List<?>) result.body()).get(0);
                results.add(failure(new ApiError(result.status(), String.valueOf(error.get("errorCode")),
                        String.valueOf(error.get("message")), fields(error.get("fields"))), id));
                halted = allOrNone;
            }
        }
        return RestResult.ok(results);
    }

    private static Map<String, Object> failure(ApiError error, Object id) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (id != null) {
            result.put("id", id);
        }
        result.put("success", false);
        result.put("errors", List.of(error.saveResultEntry()));
        return result;
    }

    private static ApiError halt() {
        return ApiError.badRequest("PROCESSING_HALTED", "The transaction was rolled back since another operation in"
                + " the same transaction failed.");
    }

    private Object resolveBody(Object body, Map<String, Object> results) {
        if (body instanceof String s) {
            return resolve(s, results);
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((k, v) -> resolved.put(String.valueOf(k), resolveBody(v, results)));
            return resolved;
        }
        if (body instanceof List<?> list) {
            return list.stream().map(v -> resolveBody(v, results)).toList();
        }
        return body;
    }

    private String resolve(String text, Map<String, Object> results) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = results.get(m.group(1));
            for (String part : m.group(2).split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(part) : null;
            }
            if (value == null) {
                throw ApiError.badRequest("INVALID_REFERENCE", "Invalid reference specified. No value for "
                        + m.group(1) + "." + m.group(2) + " found in " + m.group(1) + ".");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> fields(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
