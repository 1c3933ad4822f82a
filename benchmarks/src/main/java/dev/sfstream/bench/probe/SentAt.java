package dev.sfstream.bench.probe;

import java.util.Map;

/**
 * Reads the publish stamp the benchmark puts in each event: {@code BenchSentAtMicros} in a PushTopic event's
 * {@code sobject}, {@code BenchSentAtMicros__c} in a platform event's {@code payload}. Unstamped events (probes,
 * warm-up) read as 0.
 */
public final class SentAt {
    /** The PushTopic field (the {@code sobject} of the event). */
    public static final String TOPIC_FIELD = "BenchSentAtMicros";
    /** The platform event field (its {@code payload}); custom fields end in {@code __c}. */
    public static final String EVENT_FIELD = "BenchSentAtMicros__c";

    private SentAt() {
    }

    /** The stamp of an event's {@code data}, in microseconds since the epoch; 0 when it carries none. */
    public static long micros(Map<?, ?> data) {
        if (data == null) {
            return 0;
        }
        if (data.get("sobject") instanceof Map<?, ?> sobject && sobject.get(TOPIC_FIELD) instanceof Number sent) {
            return sent.longValue();
        }
        if (data.get("payload") instanceof Map<?, ?> payload && payload.get(EVENT_FIELD) instanceof Number sent) {
            return sent.longValue();
        }
        return 0;
    }
}
