package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ChangeType;
import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.RecordChange;
import dev.sfstream.emulator.internal.records.RecordChangeListener;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.internal.records.StoredRecord;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.emulator.spi.StreamingBus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Change Data Capture: every change of a standard or custom object becomes a change event on
 * {@code /data/ChangeEvents} and {@code /data/{Object}ChangeEvent}, with a full {@code ChangeEventHeader}.
 */
public final class ChangeDataCapture implements RecordChangeListener {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeDataCapture.class);
    private static final Set<String> NOT_TRACKED = Set.of("PushTopic", "StreamingChannel", "RecordType", "Organization");
    private static final Set<String> LEFT_OUT = Set.of("Id", "IsDeleted", "SystemModstamp");

    private final StreamingBus bus;
    private final AtomicLong commitNumber = new AtomicLong(92_847_272_780L);

    public ChangeDataCapture(StreamingBus bus) {
        this.bus = bus;
    }

    @Override
    public void onChange(RecordChange change) {
        SObjectSchema schema = change.schema();
        if (schema.kind() == SObjectKind.PLATFORM_EVENT || NOT_TRACKED.contains(schema.name())) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ChangeEventHeader", header(change));
        payload.putAll(body(change));
        publish("/data/ChangeEvents", data(payload));
        publish("/data/" + channelEntity(schema) + "ChangeEvent", data(payload));
    }

    private static Map<String, Object> data(Map<String, Object> payload) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("payload", payload);
        data.put("event", new LinkedHashMap<>());
        return data;
    }

    private Map<String, Object> header(RecordChange change) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("entityName", change.schema().name());
        header.put("recordIds", List.of(change.after().id()));
        header.put("changeType", change.type().cdcType());
        header.put("changeOrigin", change.context().changeOrigin());
        header.put("transactionKey", UUID.randomUUID().toString());
        header.put("sequenceNumber", 1);
        header.put("commitTimestamp", change.at().toEpochMilli());
        header.put("commitNumber", commitNumber.incrementAndGet());
        header.put("commitUser", change.context().user().userId());
        List<String> changed = new ArrayList<>();
        if (change.type() == ChangeType.UPDATED) {
            change.after().fields().keySet().stream().filter(change.changedFields()::contains)
                    .filter(f -> !LEFT_OUT.contains(f)).forEach(changed::add);
        }
        header.put("changedFields", changed);
        return header;
    }

    private static Map<String, Object> body(RecordChange change) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (change.type() == ChangeType.DELETED) {
            return body;
        }
        SObjectSchema schema = change.schema();
        StoredRecord record = change.after();
        boolean update = change.type() == ChangeType.UPDATED;
        schema.fields().forEach(spec -> {
            String field = spec.name();
            Object value = record.get(field);
            boolean include = update ? change.changedFields().contains(field) : value != null;
            if (include && !LEFT_OUT.contains(field)) {
                body.put(field, spec.type() == FieldType.DATETIME && value instanceof String s ? cdcDate(s) : value);
            }
        });
        nestPersonName(schema, record, body, update);
        return body;
    }

    private static void nestPersonName(SObjectSchema schema, StoredRecord record, Map<String, Object> body,
                                       boolean update) {
        boolean compound = schema.field("Name").map(f -> !f.writable()).orElse(false) && schema.hasField("FirstName");
        if (!compound) {
            return;
        }
        body.remove("Name");
        Map<String, Object> name = new LinkedHashMap<>();
        for (String part : List.of("FirstName", "LastName")) {
            if (body.containsKey(part)) {
                name.put(part, body.remove(part));
            }
        }
        if (!name.isEmpty() || (!update && record.get("Name") != null)) {
            body.put("Name", name);
        }
    }

    private static String channelEntity(SObjectSchema schema) {
        String name = schema.name();
        return name.endsWith("__c") ? name.substring(0, name.length() - 1) : name;
    }

    private static Object cdcDate(String restDate) {
        Instant instant = Timestamps.parseRest(restDate);
        return instant == null ? restDate : Timestamps.changeEvent(instant);
    }

    private void publish(String channel, Map<String, Object> data) {
        try {
            bus.publish(channel, data);
        } catch (RuntimeException e) {
            LOG.warn("could not publish a change event on {}: {}", channel, e.toString());
        }
    }
}
