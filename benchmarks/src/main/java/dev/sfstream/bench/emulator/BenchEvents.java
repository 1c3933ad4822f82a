package dev.sfstream.bench.emulator;

import dev.sfstream.bench.probe.SentAt;
import dev.sfstream.bench.service.PlatformEventService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The events the benchmarks publish: PushTopic events with a distinct Account per event (so sfstream's per-record
 * ordering does not serialise them), and platform events of {@code Bench_Event__e}; each stamped with its publish
 * instant in epoch microseconds for latency, or unstamped (probes and warm-up, which clients do not count).
 */
public final class BenchEvents {
    /** The PushTopic every CometD benchmark subscribes to. */
    public static final String TOPIC_NAME = "BenchAccounts";
    public static final String CHANNEL = "/topic/" + TOPIC_NAME;
    /** Field of {@code sobject} holding the publish instant in microseconds since the epoch. */
    public static final String SENT_AT_FIELD = SentAt.TOPIC_FIELD;
    /** The platform event's text field, an Account id as in the PushTopic events. */
    public static final String EVENT_ACCOUNT_FIELD = "Account__c";

    private static final DateTimeFormatter CREATED_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Which channel an event goes to. */
    public enum Kind {
        /** {@code /topic/BenchAccounts} */
        TOPIC,
        /** {@code /event/Bench_Event__e} */
        EVENT;

        /** The channel of this kind. */
        public String channel() {
            return this == TOPIC ? CHANNEL : PlatformEventService.CHANNEL;
        }
    }

    private BenchEvents() {
    }

    /** The {@code data} of PushTopic event number {@code sequence}, stamped with {@code sentAt}. */
    public static Map<String, Object> data(long sequence, Instant sentAt) {
        return data(Kind.TOPIC, sequence, sentAt, "");
    }

    /**
     * The {@code data} of event number {@code sequence} of a kind.
     *
     * @param sentAt the publish stamp, or null for an unstamped event
     * @param userId the publishing user's id (platform events carry it as {@code CreatedById})
     */
    public static Map<String, Object> data(Kind kind, long sequence, Instant sentAt, String userId) {
        if (kind == Kind.TOPIC) {
            Map<String, Object> sobject = new LinkedHashMap<>();
            sobject.put("Id", accountId(sequence));
            sobject.put("Name", "Bench account " + sequence);
            if (sentAt != null) {
                sobject.put(SENT_AT_FIELD, micros(sentAt));
            }
            return Map.of("event", Map.of("type", "updated"), "sobject", sobject);
        }
        Instant now = sentAt == null ? Instant.now() : sentAt;
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", CREATED_DATE.format(now));
        payload.put("CreatedById", userId);
        payload.put(EVENT_ACCOUNT_FIELD, accountId(sequence));
        if (sentAt != null) {
            payload.put(SentAt.EVENT_FIELD, micros(sentAt));
        }
        return Map.of("payload", payload, "event", Map.of("EventUuid", UUID.randomUUID().toString()));
    }

    /** Microseconds since the epoch; both JVMs read the same system clock. */
    public static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000L;
    }

    /** The publish instant of an event's {@code data}, or -1 when it carries none. */
    public static long sentAtMicros(Map<String, Object> data) {
        long sent = SentAt.micros(data);
        return sent > 0 ? sent : -1;
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
