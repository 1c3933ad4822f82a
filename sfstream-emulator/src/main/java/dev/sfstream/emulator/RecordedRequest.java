package dev.sfstream.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the emulator received, as the request log keeps it.
 *
 * @param query the raw query string, or null
 * @param headers header names in lower case, each with its values in arrival order
 * @param body the body decoded as UTF-8 (cut at 64 KiB)
 */
public record RecordedRequest(Instant at, String method, String path, String query,
                              Map<String, List<String>> headers, String body) {
    public RecordedRequest {
        Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
