package dev.sfstream.soak.service;

import dev.sfstream.soak.DeliveryLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second hop: which handled events arrived in the RabbitMQ queue as Nameko events, how often, and which
 * arrived without ever having been handled.
 */
public final class QueueLedger {
    private final ConcurrentMap<String, ConcurrentMap<Long, AtomicInteger>> delivered = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();

    /** Records a Nameko event that reached the queue for event {@code replayId} of {@code channel}. */
    public void delivered(String channel, long replayId) {
        int times = delivered.computeIfAbsent(channel, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(replayId, id -> new AtomicInteger()).incrementAndGet();
        if (times > 1) {
            duplicates.incrementAndGet();
        }
    }

    /** Records a message whose body did not name a channel and replay id. */
    public void unreadable() {
        unreadable.incrementAndGet();
    }

    public long deliveredCount() {
        return delivered.values().stream().mapToLong(Map::size).sum();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long unreadableCount() {
        return unreadable.get();
    }

    /** Handled events whose Nameko event never reached the queue. */
    public long lostCount(DeliveryLedger handled) {
        return lost(handled, Long.MAX_VALUE).values().stream().mapToLong(List::size).sum();
    }

    /** Some of them (up to 20 per channel), by channel. */
    public Map<String, List<Long>> lostSample(DeliveryLedger handled) {
        return lost(handled, 20);
    }

    /** Events that reached the queue but were never handled (a handler must succeed before it dispatches). */
    public long unknownCount(DeliveryLedger handled) {
        long count = 0;
        for (var entry : delivered.entrySet()) {
            count += entry.getValue().keySet().stream().filter(id -> !handled.wasHandled(entry.getKey(), id)).count();
        }
        return count;
    }

    private Map<String, List<Long>> lost(DeliveryLedger handled, long limit) {
        Map<String, List<Long>> lost = new TreeMap<>();
        for (Map.Entry<String, Set<Long>> entry : handled.handledIds().entrySet()) {
            var arrived = delivered.getOrDefault(entry.getKey(), new ConcurrentHashMap<>());
            List<Long> missing = new ArrayList<>(entry.getValue().stream().filter(id -> !arrived.containsKey(id))
                    .sorted().limit(limit).toList());
            if (!missing.isEmpty()) {
                lost.put(entry.getKey(), missing);
            }
        }
        return lost;
    }
}
