package dev.sfstream.emulator.internal.faults;

/**
 * One injected fault: what it applies to (a Bayeux {@code channel} — a meta channel, or an event channel
 * whose subscribes it hits — or an HTTP {@code pathPrefix}), how to answer, and how many times
 * ({@code times < 0}: until cleared).
 *
 * @param channel the Bayeux channel, or null when {@code pathPrefix} is set
 * @param pathPrefix the HTTP path prefix, e.g. {@code /services/data}, or null when {@code channel} is set
 * @param bayeuxError answer the message with this Bayeux error (channel rules only)
 * @param httpStatus answer the whole HTTP request with this status (0: no)
 * @param body the body sent with {@code httpStatus}; null for a short HTML page
 * @param delayMillis wait this long before answering (alone: only slow the request down)
 * @param dropConnection close the connection without a response
 * @param serverDisconnect end the client's connect with a server-initiated {@code /meta/disconnect}
 * @param malformed answer with this broken Bayeux body
 * @param times how many matching requests the fault hits; negative for every one
 */
public record FaultRule(
        String channel,
        String pathPrefix,
        BayeuxError bayeuxError,
        int httpStatus,
        String body,
        long delayMillis,
        boolean dropConnection,
        boolean serverDisconnect,
        MalformedResponse malformed,
        int times) {

    public FaultRule {
        if ((channel == null) == (pathPrefix == null)) {
            throw new IllegalArgumentException("a fault names exactly one of 'channel' or 'path'");
        }
        if (channel != null && !channel.startsWith("/")) {
            throw new IllegalArgumentException("fault 'channel' must start with '/', got '" + channel + "'");
        }
        if (pathPrefix != null && !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("fault 'path' must start with '/', got '" + pathPrefix + "'");
        }
        int answers = (bayeuxError != null ? 1 : 0) + (httpStatus != 0 ? 1 : 0) + (dropConnection ? 1 : 0)
                + (serverDisconnect ? 1 : 0) + (malformed != null ? 1 : 0);
        if (answers > 1) {
            throw new IllegalArgumentException(
                    "a fault has at most one of 'error', 'status', 'drop', 'disconnect', 'malformed'");
        }
        if (answers == 0 && delayMillis <= 0) {
            throw new IllegalArgumentException(
                    "a fault needs one of 'error', 'status', 'drop', 'disconnect', 'malformed' or 'delayMs'");
        }
        if ((bayeuxError != null || serverDisconnect) && channel == null) {
            throw new IllegalArgumentException("'error' and 'disconnect' faults need a Bayeux 'channel', not a 'path'");
        }
        if (serverDisconnect && !"/meta/connect".equals(channel)) {
            throw new IllegalArgumentException("'disconnect' faults apply to channel /meta/connect, not " + channel);
        }
        if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
            throw new IllegalArgumentException("fault 'status' must be an HTTP status 100-599, got " + httpStatus);
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("fault 'delayMs' must be >= 0, got " + delayMillis);
        }
        if (times == 0) {
            throw new IllegalArgumentException("fault 'times' must be positive, or negative for 'until cleared'");
        }
    }

    /** Whether the fault is answered at the Bayeux message level rather than for the whole HTTP request. */
    public boolean isBayeuxLevel() {
        return bayeuxError != null || serverDisconnect;
    }

    /** Whether the fault is answered for a whole HTTP request (status, drop, malformed body, or delay only). */
    public boolean isHttpLevel() {
        return !isBayeuxLevel();
    }
}
