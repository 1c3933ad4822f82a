package dev.sfstream.soak;

import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.StreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What was published and what became of it: each event handled (how often) or dead-lettered (with the reason).
 * Also the dead-letter sink of the session under test.
 */
public final class DeliveryLedger implements DeadLetterSink {
    private final ConcurrentMap<String, ConcurrentMap<Long, Boolean>> published = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Long, AtomicInteger>> handled = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Long, String>> deadLettered = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Long, AtomicInteger>> attempts = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final ConcurrentMap<String, AtomicLong> lastPublished = new ConcurrentHashMap<>();

    public void published(String channel, long replayId) {
        published.computeIfAbsent(channel, c -> new ConcurrentHashMap<>()).put(replayId, Boolean.TRUE);
        lastPublished.computeIfAbsent(channel, c -> new AtomicLong(-1)).accumulateAndGet(replayId, Math::max);
    }

    /** Counts an attempt at handling; returns which attempt this is (1 for the first). */
    public int attempt(StreamEvent event) {
        return attempt(event.channel(), event.replayId());
    }

    /** Counts an attempt at handling event {@code replayId} of {@code channel}; returns which attempt this is. */
    public int attempt(String channel, long replayId) {
        return attempts.computeIfAbsent(channel, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(replayId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** Records a successful handling; a second one of the same event is a duplicate. */
    public void handled(StreamEvent event) {
        handled(event.channel(), event.replayId());
    }

    /** Records a successful handling of event {@code replayId} of {@code channel}. */
    public void handled(String channel, long replayId) {
        int times = handled.computeIfAbsent(channel, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(replayId, id -> new AtomicInteger()).incrementAndGet();
        if (times > 1) {
            duplicates.incrementAndGet();
        }
    }

    @Override
    public void accept(DeadLetter letter) {
        StreamEvent event = letter.event();
        deadLettered.computeIfAbsent(event.channel(), c -> new ConcurrentHashMap<>())
                .put(event.replayId(), letter.failure() == null ? "" : letter.failure());
    }

    /** Whether event {@code replayId} of {@code channel} was handled at least once. */
    public boolean wasHandled(String channel, long replayId) {
        var ids = handled.get(channel);
        return ids != null && ids.containsKey(replayId);
    }

    /** The replay ids handled so far, by channel (a copy). */
    public Map<String, java.util.Set<Long>> handledIds() {
        Map<String, java.util.Set<Long>> copy = new java.util.TreeMap<>();
        handled.forEach((channel, ids) -> copy.put(channel, java.util.Set.copyOf(ids.keySet())));
        return copy;
    }

    public long publishedCount() {
        return published.values().stream().mapToLong(Map::size).sum();
    }

    public long publishedCount(String channel) {
        return published.getOrDefault(channel, new ConcurrentHashMap<>()).size();
    }

    public long handledCount() {
        return handled.values().stream().mapToLong(Map::size).sum();
    }

    public long deadLetteredCount() {
        return deadLettered.values().stream().mapToLong(Map::size).sum();
    }

    public long duplicates() {
        return duplicates.get();
    }

    /** Events handled that were never published (a client must never invent events); check after traffic stops. */
    public long unknownEvents() {
        long count = 0;
        for (var entry : handled.entrySet()) {
            var sent = published.getOrDefault(entry.getKey(), new ConcurrentHashMap<>());
            count += entry.getValue().keySet().stream().filter(id -> !sent.containsKey(id)).count();
        }
        return count;
    }

    /**
     * Dead letters of events the handler was not scripted to refuse for good (see {@link ScriptedFailures}): an event
     * dead-lettered for any other cause, such as a dependency outage, never got its handling.
     */
    public long unexpectedDeadLetters() {
        return deadLettered.values().stream().flatMap(m -> m.keySet().stream())
                .filter(id -> !ScriptedFailures.alwaysFails(id)).count();
    }

    /**
     * Events, other than those scripted to fail for good, whose handler was called more than {@code attempts} times:
     * held through an outage and retried (or delivered again after faults).
     */
    public long attemptedMoreThan(int attempts) {
        return this.attempts.values().stream().flatMap(m -> m.entrySet().stream())
                .filter(entry -> !ScriptedFailures.alwaysFails(entry.getKey()) && entry.getValue().get() > attempts)
                .count();
    }

    /** Dead letters without a reason. */
    public long deadLettersWithoutReason() {
        return deadLettered.values().stream().flatMap(m -> m.values().stream()).filter(String::isBlank).count();
    }

    /** Published events neither handled nor dead-lettered, per channel (replay ids, up to 20 per channel). */
    public Map<String, List<Long>> missing() {
        Map<String, List<Long>> missing = new java.util.TreeMap<>();
        published.forEach((channel, ids) -> {
            List<Long> lost = new ArrayList<>();
            for (Long id : ids.keySet()) {
                boolean done = handled.getOrDefault(channel, new ConcurrentHashMap<>()).containsKey(id)
                        || deadLettered.getOrDefault(channel, new ConcurrentHashMap<>()).containsKey(id);
                if (!done) {
                    lost.add(id);
                }
            }
            if (!lost.isEmpty()) {
                lost.sort(null);
                missing.put(channel, lost.subList(0, Math.min(20, lost.size())));
            }
        });
        return missing;
    }

    /** Published events neither handled nor dead-lettered. */
    public long missingCount() {
        long count = 0;
        for (var entry : published.entrySet()) {
            var done = handled.getOrDefault(entry.getKey(), new ConcurrentHashMap<>());
            var dead = deadLettered.getOrDefault(entry.getKey(), new ConcurrentHashMap<>());
            for (Long id : entry.getValue().keySet()) {
                if (!done.containsKey(id) && !dead.containsKey(id)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The highest published replay id of a channel, or -1. */
    public long lastPublished(String channel) {
        AtomicLong last = lastPublished.get(channel);
        return last == null ? -1 : last.get();
    }
}
