package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import dev.sfstream.pubsub.api.ConsumerEvent;
import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Retained events' Pub/Sub forms, each made once and kept as long as the event log keeps its event, as Salesforce
 * stores events in their Avro form. Kept per topic in replay id order, so a batch of events is found with one seek
 * and a walk; an encoding holds its event's retained JSON weakly and counts only for that very array, so an entry
 * goes once the log drops the event (the oldest go first) and a new event never meets an old encoding.
 */
final class EncodedEvents {
    private final Map<String, ConcurrentSkipListMap<Long, Kept>> byTopic = new ConcurrentHashMap<>();

    /** The kept encodings of a batch of events of {@code topic} (oldest first), in its order; null where none is. */
    ConsumerEvent[] find(String topic, List<LoggedEvent> batch) {
        ConsumerEvent[] found = new ConsumerEvent[batch.size()];
        ConcurrentSkipListMap<Long, Kept> kept = byTopic.get(topic);
        if (kept == null || batch.isEmpty()) {
            return found;
        }
        Iterator<Kept> walk = kept.subMap(batch.get(0).replayId(), true, batch.get(found.length - 1).replayId(), true)
                .values().iterator();
        Kept next = walk.hasNext() ? walk.next() : null;
        for (int i = 0; i < found.length && next != null; i++) {
            LoggedEvent event = batch.get(i);
            while (next != null && next.replayId() < event.replayId()) {
                next = walk.hasNext() ? walk.next() : null;
            }
            if (next != null && next.replayId() == event.replayId() && next.json().get() == event.dataJson()) {
                found[i] = next.event();
            }
        }
        return found;
    }

    /** Keeps an encoding that can never change: one of an event that names its schema id. */
    void keep(String topic, LoggedEvent event, ConsumerEvent encoded) {
        ConcurrentSkipListMap<Long, Kept> kept = byTopic.computeIfAbsent(topic, t -> new ConcurrentSkipListMap<>());
        kept.put(event.replayId(), new Kept(event.replayId(), new WeakReference<>(event.dataJson()), encoded));
        Map.Entry<Long, Kept> oldest;
        while ((oldest = kept.firstEntry()) != null && oldest.getValue().json().get() == null) {
            kept.remove(oldest.getKey(), oldest.getValue());
        }
    }

    private record Kept(long replayId, WeakReference<byte[]> json, ConsumerEvent event) {
    }
}
