package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.delivery.StreamEvent;
import java.util.List;
import java.util.Map;

/**
 * Decides which events must be handled one after the other. Events with the same key run in order;
 * events with no key run in parallel.
 */
public final class OrderingKeys {
    private OrderingKeys() {
    }

    /**
     * The ordering key of an event: the record it concerns (PushTopic {@code sobject.Id}, CDC
     * {@code ChangeEventHeader.recordIds}), else the channel when {@code ordering} is
     * {@link EventOrdering#CHANNEL}, else null.
     */
    public static String keyOf(StreamEvent event, EventOrdering ordering) {
        String record = recordKey(event.data());
        if (record != null) {
            return record;
        }
        return ordering == EventOrdering.CHANNEL ? "channel:" + event.channel() : null;
    }

    /** A single record's key is its id, as is: ids never contain ':', so they cannot meet the other keys. */
    private static String recordKey(Map<String, Object> data) {
        if (data.get("sobject") instanceof Map<?, ?> sobject && sobject.get("Id") instanceof String id) {
            return id;
        }
        if (data.get("payload") instanceof Map<?, ?> payload
                && payload.get("ChangeEventHeader") instanceof Map<?, ?> header
                && header.get("recordIds") instanceof List<?> ids && !ids.isEmpty()) {
            // Several ids (a merged change) form one key: the same set of records stays in order.
            return ids.size() == 1 ? String.valueOf(ids.get(0)) : "records:" + ids.stream().map(String::valueOf).sorted().toList();
        }
        return null;
    }
}
