package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
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
 * {@code composite}: up to 25 subrequests with {@code @{ref.field}} references ({@code composite/sobjects} goes
 * to {@link SObjectCollections}). With {@code allOrNone}, the first failure halts the rest and rolls back the
 * ones that already ran: every subrequest but the failed one answers {@code PROCESSING_HALTED}.
 */
final class CompositeResource {
    private static final Pattern URL = Pattern.compile("^/services/data/v(\\d+\\.\\d)/([^?]*)(\\?(.*))?$");
    private static final Pattern REFERENCE = Pattern.compile("@\\{([A-Za-z0-9_]+)\\.([A-Za-z0-9_.]+)}");
    private static final int MAX_SUBREQUESTS = 25;

    private final RestRouter router;
    private final OrgStore store;
    private final SObjectCollections collections;

    CompositeResource(RestRouter router, OrgStore store) {
        this.router = router;
        this.store = store;
        this.collections = new SObjectCollections(router, store);
    }

    RestResult handle(RestCall call) {
        if (call.segments().size() == 2 && call.segment(1).equals("sobjects")) {
            return collections.handle(call);
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
        List<RestResult> results = allOrNone
                ? store.allOrNone(() -> runAll(call, requests, true), CompositeResource::allSucceeded)
                : runAll(call, requests, false);
        boolean rolledBack = allOrNone && !allSucceeded(results);
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RestResult result = results.get(i);
            if (rolledBack && !failed(result)) {
                result = RestResult.error(halt());
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("body", result.body());
            response.put("httpHeaders", result.headers());
            response.put("httpStatusCode", result.status());
            response.put("referenceId", referenceId(requests.get(i)));
            responses.add(response);
        }
        return RestResult.ok(Map.of("compositeResponse", responses));
    }

    /** Runs the subrequests in order; with {@code haltOnFailure}, the ones after the first failure do not run. */
    private List<RestResult> runAll(RestCall call, List<?> requests, boolean haltOnFailure) {
        Map<String, Object> bodies = new LinkedHashMap<>();
        List<RestResult> results = new ArrayList<>();
        boolean halted = false;
        for (Object entry : requests) {
            RestResult result = halted ? RestResult.error(halt()) : subrequest(call, asMap(entry), bodies);
            bodies.put(referenceId(entry), result.body());
            halted |= haltOnFailure && failed(result);
            results.add(result);
        }
        return results;
    }

    /**
     * A failed subrequest: an error status, or an sObject collection (answered 200) with a record that failed,
     * since an all-or-none composite applies to its collections too.
     */
    private static boolean failed(RestResult result) {
        if (result.status() >= 400) {
            return true;
        }
        return result.body() instanceof List<?> list && list.stream()
                .anyMatch(r -> r instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("success")));
    }

    private static boolean allSucceeded(List<RestResult> results) {
        return results.stream().noneMatch(CompositeResource::failed);
    }

    private static Map<?, ?> asMap(Object entry) {
        return entry instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String referenceId(Object entry) {
        return String.valueOf(asMap(entry).get("referenceId"));
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

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
