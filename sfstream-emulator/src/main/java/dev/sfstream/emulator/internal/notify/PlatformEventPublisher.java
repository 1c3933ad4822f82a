package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ChangeContext;
import dev.sfstream.emulator.internal.records.FieldValues;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.SalesforceIds;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.StreamingBus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Publishes platform events created through REST ({@code POST sobjects/X__e/}) on {@code /event/X__e}. */
public final class PlatformEventPublisher {
    private final StreamingBus bus;
    private final SalesforceIds ids;
    private final EmulatorClock clock;
    private final AtomicLong published = new AtomicLong();

    public PlatformEventPublisher(StreamingBus bus, SalesforceIds ids, EmulatorClock clock) {
        this.bus = bus;
        this.ids = ids;
        this.clock = clock;
    }

    /** Publishes one event; returns the publish result id ({@code e00...}). */
    public String publish(SObjectSchema schema, Map<String, Object> input, ChangeContext context) {
        Map<String, Object> fields = FieldValues.validate(schema, input);
        Instant now = clock.now();
        String uuid = UUID.randomUUID().toString();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", Timestamps.streaming(now));
        payload.put("CreatedById", context.user().userId());
        payload.putAll(fields);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("EventUuid", uuid);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payload", payload);
        data.put("event", event);
        bus.publish("/event/" + schema.name(), data);
        published.incrementAndGet();
        return ids.next("e00");
    }

    /** How many events were published since the emulator started. */
    public long publishedCount() {
        return published.get();
    }
}
