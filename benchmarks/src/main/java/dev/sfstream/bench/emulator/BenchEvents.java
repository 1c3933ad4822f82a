package dev.sfstream.bench.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PushTopic events the benchmarks publish: a distinct Account per event (so sfstream's per-record ordering
 * does not serialise them), and the publish instant in epoch microseconds for latency.
 */
public final class BenchEvents {
    /** The PushTopic every benchmark subscribes to. */
    public static final String TOPIC_NAME = "BenchAccounts";
    public static final String CHANNEL = "/topic/" + TOPIC_NAME;
    /** Field of {@code sobject} holding the publish instant in microseconds since the epoch. */
    public static final String SENT_AT_FIELD = "BenchSentAtMicros";

    private BenchEvents() {
    }

    /** The {@code data} of event number {@code sequence}, stamped with {@code sentAt}. */
    public static Map<String, Object> data(long sequence, Instant sentAt) {
        Map<String, Object> sobject = new LinkedHashMap<>();
        sobject.put("Id", accountId(sequence));
        sobject.put("Name", "Bench account " + sequence);
        sobject.put(SENT_AT_FIELD, micros(sentAt));
        return Map.of("event", Map.of("type", "updated"), "sobject", sobject);
    }

    /** Microseconds since the epoch; both JVMs read the same system clock. */
    public static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }

    /** The publish instant of an event's {@code data}, or -1 when it carries none. */
    public static long sentAtMicros(Map<String, Object> data) {
        if (data != null && data.get("sobject") instanceof Map<?, ?> sobject
                && sobject.get(SENT_AT_FIELD) instanceof Number sent) {
            return sent.longValue();
        }
        return -1;
    }

    /** The replay id of an event's {@code data}, or -1 when it carries none. */
    public static long replayId(Map<String, Object> data) {
        if (data != null && data.get("event") instanceof Map<?, ?> event && event.get("replayId") instanceof Number id) {
            return id.longValue();
        }
        return -1;
    }

    private static String accountId(long sequence) {
        String digits = Long.toString(sequence, 36).toUpperCase(java.util.Locale.ROOT);
        return "001" + "000000000000".substring(Math.min(12, digits.length())) + digits + "AAA";
    }
}
