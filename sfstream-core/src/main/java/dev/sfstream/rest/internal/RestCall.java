package dev.sfstream.rest.internal;

/**
 * One REST request before it is sent.
 *
 * @param method the HTTP method
 * @param path the path and query, from {@code /services/...}
 * @param jsonBody the JSON body; null for none
 * @param idempotent whether repeating it after a lost answer is harmless (then 5xx and dropped
 *     connections are retried)
 */
record RestCall(String method, String path, String jsonBody, boolean idempotent) {
    /** The path without its query string, for messages and logs (a SOQL query can be long). */
    String pathWithoutQuery() {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    String describe() {
        return method + " " + pathWithoutQuery();
    }
}
