package dev.sfstream.bench.client;

import java.util.Map;

/** Where a benchmark client hands each event it received, with the event's raw {@code data}. */
@FunctionalInterface
public interface EventSink {
    void onEvent(Map<String, Object> data);
}
