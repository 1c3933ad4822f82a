package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import dev.sfstream.pubsub.api.ConsumerEvent;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Retained events' Pub/Sub forms, each made once and kept as long as the event log keeps its event, as Salesforce
 * stores events in their Avro form. Keyed by the identity of the event's retained JSON (an array's equality is
 * its identity), so an entry goes when the log drops the event and a new event never meets an old encoding.
 */
final class EncodedEvents {
    private final Map<byte[], ConsumerEvent> byRetainedJson = Collections.synchronizedMap(new WeakHashMap<>());

    Optional<ConsumerEvent> find(LoggedEvent event) {
        ConsumerEvent kept = byRetainedJson.get(event.dataJson());
        return kept != null && ReplayIds.parse(kept.getReplayId()).orElse(-1) == event.replayId()
                ? Optional.of(kept) : Optional.empty();
    }

    /** Keeps an encoding that can never change: one of an event that names its schema id. */
    void keep(LoggedEvent event, ConsumerEvent encoded) {
        byRetainedJson.put(event.dataJson(), encoded);
    }
}
