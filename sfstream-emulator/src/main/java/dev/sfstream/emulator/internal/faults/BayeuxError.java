package dev.sfstream.emulator.internal.faults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Bayeux-level failure to answer with: the {@code error} string, the {@code advice} object (may be
 * empty, then no advice is sent) and an optional {@code ext.sfdc.failureReason}.
 */
public record BayeuxError(String error, Map<String, Object> advice, String failureReason) {
    public BayeuxError {
        Objects.requireNonNull(error, "error");
        Map<String, Object> kept = new LinkedHashMap<>();
        if (advice != null) {
            advice.forEach((key, value) -> {
                if (key != null && value != null) {
                    kept.put(key, value);
                }
            });
        }
        advice = java.util.Collections.unmodifiableMap(kept);
    }

    /**
     * The advice Salesforce sends with a well-known error on a channel: handshake advice for
     * {@code 403::Unknown client}, {@code reconnect none} for {@code 401::} errors and handshake denials.
     */
    public static Map<String, Object> defaultAdvice(String channel, String error) {
        Map<String, Object> advice = new LinkedHashMap<>();
        if (error.startsWith("403::Unknown client")) {
            advice.put("interval", 0L);
            advice.put("reconnect", "handshake");
        } else if ("/meta/handshake".equals(channel)) {
            advice.put("reconnect", "none");
        } else if (error.startsWith("401::") && "/meta/connect".equals(channel)) {
            advice.put("reconnect", "none");
            advice.put("interval", 0L);
        }
        return advice;
    }

    /** Whether a client that gets this error must handshake again (so its session is gone). */
    public boolean endsSession() {
        Object reconnect = advice.get("reconnect");
        return "handshake".equals(reconnect) || "none".equals(reconnect);
    }
}
