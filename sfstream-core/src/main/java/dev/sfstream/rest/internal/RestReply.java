package dev.sfstream.rest.internal;

/**
 * A REST answer read in full.
 *
 * @param status the HTTP status
 * @param body the body (empty when there is none)
 */
record RestReply(int status, String body) {
    boolean hasBody() {
        return body != null && !body.isBlank();
    }
}
