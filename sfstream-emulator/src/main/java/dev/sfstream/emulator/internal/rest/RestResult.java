package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ApiError;
import java.util.List;
import java.util.Map;

/** The answer to a {@link RestCall}: status, JSON body (null for none) and extra headers. */
public record RestResult(int status, Object body, Map<String, String> headers) {
    public RestResult {
        headers = Map.copyOf(headers);
    }

    public static RestResult ok(Object body) {
        return new RestResult(200, body, Map.of());
    }

    public static RestResult created(Object body) {
        return new RestResult(201, body, Map.of());
    }

    public static RestResult noContent() {
        return new RestResult(204, null, Map.of());
    }

    public static RestResult error(ApiError error) {
        return new RestResult(error.status(), List.of(error.restEntry()), Map.of());
    }
}
