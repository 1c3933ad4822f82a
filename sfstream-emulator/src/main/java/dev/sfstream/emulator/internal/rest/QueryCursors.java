package dev.sfstream.emulator.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Query results waiting to be paged through with {@code nextRecordsUrl}; the oldest are forgotten first. */
final class QueryCursors {
    private static final int CAPACITY = 500;

    private final Map<String, List<Map<String, Object>>> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Map<String, Object>>> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void put(String locator, List<Map<String, Object>> rows) {
        open.put(locator, List.copyOf(rows));
    }

    synchronized Optional<List<Map<String, Object>>> get(String locator) {
        return Optional.ofNullable(open.get(locator));
    }
}
