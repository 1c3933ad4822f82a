package dev.sfstream.rest;

import java.util.Map;

/**
 * The answer to one composite subrequest.
 *
 * @param referenceId the subrequest's reference id
 * @param httpStatusCode its HTTP status
 * @param httpHeaders its response headers (e.g. {@code Location})
 * @param body its JSON body as plain Java values (a map, or a list of errors), or null
 */
public record CompositeSubresponse(String referenceId, int httpStatusCode, Map<String, String> httpHeaders,
                                   Object body) {
    public CompositeSubresponse {
        httpHeaders = httpHeaders == null ? Map.of() : Map.copyOf(httpHeaders);
    }

    /** Whether the subrequest succeeded (2xx). */
    public boolean isSuccess() {
        return httpStatusCode >= 200 && httpStatusCode < 300;
    }
}
