package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.notification.ChangeEventHeader;
import java.util.List;

/**
 * Decides which events must be handled one after the other. Events that share a key run in order; an event
 * with several keys (a merged change naming several records) waits for, and holds back, every other event of
 * each of its records; events with no key run in parallel.
 */
public final class OrderingKeys {
    private static final String[] NONE = new String[0];

    private OrderingKeys() {
    }

    /**
     * The ordering keys of an event: each record it concerns (PushTopic {@code sobject.Id}, CDC
     * {@code ChangeEventHeader.recordIds}; ids never contain ':', so they cannot meet the other keys), the entity
     * for a CDC overflow gap event (so overflow events of one entity stay in order), else the channel when
     * {@code ordering} is {@link EventOrdering#CHANNEL}; empty when the event may run in parallel with any other.
     */
    public static String[] keysOf(StreamEvent event, EventOrdering ordering) {
        List<String> records = event.recordIds();
        ChangeEventHeader header = event.changeEventHeader().orElse(null);
        if (header != null && header.isOverflow() && header.entityName() != null) {
            String[] keys = new String[records.size() + 1];
            keys[0] = "entity:" + header.entityName();
            for (int i = 0; i < records.size(); i++) {
                keys[i + 1] = records.get(i);
            }
            return keys;
        }
        if (!records.isEmpty()) {
            return records.size() == 1 ? new String[] {records.get(0)}
                    : records.stream().distinct().toArray(String[]::new);
        }
        return ordering == EventOrdering.CHANNEL ? new String[] {"channel:" + event.channel()} : NONE;
    }
}
