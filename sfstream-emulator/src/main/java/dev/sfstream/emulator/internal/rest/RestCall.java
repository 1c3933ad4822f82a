package dev.sfstream.emulator.internal.rest;

import dev.sfstream.emulator.internal.records.ChangeContext;
import java.util.List;
import java.util.Map;

/**
 * One REST request below {@code /services/data/v{version}/}, from HTTP or from a composite subrequest.
 *
 * @param segments the path segments after the version, e.g. {@code [sobjects, Contact, 003...]}
 * @param body the parsed JSON body, or null
 * @param headers request headers that matter to resources, keys in lower case
 */
public record RestCall(String method, String version, List<String> segments, Map<String, String> params,
                       Object body, ChangeContext context, Map<String, String> headers) {
    public RestCall {
        segments = List.copyOf(segments);
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
    }

    public String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The path of a resource of this API version, e.g. {@code /services/data/v37.0/sobjects/Contact/003...}. */
    public String url(String rest) {
        return "/services/data/v" + version + "/" + rest;
    }
}
