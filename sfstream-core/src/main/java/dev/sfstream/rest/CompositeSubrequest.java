package dev.sfstream.rest;

import java.util.Map;
import java.util.Objects;

/**
 * One subrequest of a {@code composite} request. Later subrequests may refer to earlier results with
 * {@code @{referenceId.field}}.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param url the resource, e.g. {@code /services/data/v37.0/sobjects/Account}
 * @param referenceId the name later subrequests and the response use for it
 * @param body the JSON body; null for none
 */
public record CompositeSubrequest(String method, String url, String referenceId, Object body) {
    public CompositeSubrequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(referenceId, "referenceId");
    }

    /** A subrequest with a map body (or none). */
    public static CompositeSubrequest of(String method, String url, String referenceId, Map<String, Object> body) {
        return new CompositeSubrequest(method, url, referenceId, body);
    }
}
