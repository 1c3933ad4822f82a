package dev.sfstream.auth.internal;

/**
 * An HTTP answer read in full.
 *
 * @param status the HTTP status
 * @param body the body as text (empty when there is none)
 */
public record HttpReply(int status, String body) {
    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
