package dev.sfstream.bench.probe;

import java.util.Map;

/**
 * The bean Apache Camel's route hands each message body to (Camel's bean binding calls {@link #onEvent}); it
 * hands the event to the {@link EventProbe} configured from the environment. A PushTopic event's body is its
 * {@code sobject} as a map; a body without the stamp is counted without a latency.
 */
public final class CamelSink {
    private final EventProbe probe = EventProbe.fromEnvironment();

    /** One message body. */
    public void onEvent(Object body) {
        long sent = body instanceof Map<?, ?> sobject && sobject.get(SentAt.TOPIC_FIELD) instanceof Number stamp
                ? stamp.longValue() : -1;
        probe.onEvent(sent);
    }
}
