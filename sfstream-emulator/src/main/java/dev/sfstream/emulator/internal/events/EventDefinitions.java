package dev.sfstream.emulator.internal.events;

import dev.sfstream.emulator.internal.records.FieldSpec;
import dev.sfstream.emulator.internal.records.FieldType;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.internal.records.SObjectKind;
import dev.sfstream.emulator.internal.records.SObjectSchema;
import dev.sfstream.emulator.spi.EventSchemaIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org's event definitions and every schema they have had. A platform event's definition is its declared
 * fields, then each field its published payloads brought (a new field extends the definition and so gives a
 * new schema id); a change event's comes from its object's fields. Old schemas stay readable by id.
 */
public final class EventDefinitions implements EventSchemaIds {
    private static final Set<String> NOT_IN_PAYLOAD = Set.of("ReplayId", "EventUuid");

    private final SObjectCatalog catalog;
    private final Map<String, RegisteredSchema> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredSchema> platformEvents = new ConcurrentHashMap<>();
    private final Map<String, RegisteredSchema> changeEvents = new ConcurrentHashMap<>();
    /** How many fields each object had when its change event schema was last built: fields only ever join. */
    private final Map<String, Integer> changeEventFieldCounts = new ConcurrentHashMap<>();

    public EventDefinitions(SObjectCatalog catalog) {
        this.catalog = catalog;
    }

    /** Declares a platform event with typed fields (more fields may join it later). */
    public synchronized RegisteredSchema declare(String name, Map<String, FieldType> fields) {
        SObjectSchema schema = catalog.find(name).filter(s -> s.kind() == SObjectKind.PLATFORM_EVENT)
                .orElseThrow(() -> new IllegalArgumentException("a platform event name ends with __e, got '"
                        + name + "'"));
        fields.forEach(schema::declareField);
        return platformEvent(schema, Map.of());
    }

    @Override
    public String schemaId(String channel, Map<String, Object> payload) {
        return forPayload(channel, payload).id();
    }

    /**
     * The schema an event published on {@code channel} with {@code payload} is written with. A raw event the
     * org has no type for (e.g. a control API publish on an unknown object) gets a schema of its own fields.
     */
    public RegisteredSchema forPayload(String channel, Map<String, Object> payload) {
        try {
            if (channel.startsWith("/data/")) {
                String entity = channel.equals(Topics.ALL_CHANGE_EVENTS) ? entityOf(payload)
                        : Topics.entityOf(channel);
                return changeEvent(catalog.require(entity));
            }
            return platformEvent(catalog.require(channel.substring("/event/".length())), payload);
        } catch (RuntimeException noSuchType) {
            return ofFields(channel, payload);
        }
    }

    private RegisteredSchema ofFields(String channel, Map<String, Object> payload) {
        String name = channel.substring(channel.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_]", "_");
        EventDefinition definition = new EventDefinition(name.matches("[A-Za-z].*") ? name : "Event_" + name,
                false, List.of()).withFieldsOf(payload);
        var schema = AvroSchemas.of(definition);
        RegisteredSchema registered = new RegisteredSchema(AvroSchemas.idOf(schema), schema, definition);
        RegisteredSchema known = byId.putIfAbsent(registered.id(), registered);
        return known == null ? registered : known;
    }

    /** The current schema of a topic; empty for {@code /data/ChangeEvents}, whose events have many. */
    public Optional<RegisteredSchema> current(String topic) {
        if (topic.equals("/data/ChangeEvents")) {
            return Optional.empty();
        }
        return Optional.of(forPayload(topic, Map.of()));
    }

    public Optional<RegisteredSchema> byId(String schemaId) {
        return Optional.ofNullable(schemaId == null ? null : byId.get(schemaId));
    }

    private RegisteredSchema platformEvent(SObjectSchema schema, Map<String, Object> payload) {
        String key = schema.name().toLowerCase(Locale.ROOT);
        RegisteredSchema current = platformEvents.get(key);
        if (current != null && current.names().containsAll(payload.keySet())
                && current.definition().fields().size() >= declaredCount(schema)) {
            return current;
        }
        synchronized (this) {
            List<EventField> fields = new ArrayList<>(current == null ? standardFields()
                    : current.definition().fields());
            EventDefinition merged = new EventDefinition(schema.name(), false, fields)
                    .withFieldsOf(declaredFields(schema)).withFieldsOf(payload);
            return register(platformEvents, key, current, merged);
        }
    }

    private RegisteredSchema changeEvent(SObjectSchema schema) {
        String key = schema.name().toLowerCase(Locale.ROOT);
        RegisteredSchema current = changeEvents.get(key);
        int fieldCount = schema.fields().size();
        if (current != null && changeEventFieldCounts.get(key) == fieldCount) {
            return current;
        }
        synchronized (this) {
            RegisteredSchema registered = register(changeEvents, key, current, ChangeEventDefinitions.of(schema));
            changeEventFieldCounts.put(key, fieldCount);
            return registered;
        }
    }

    private RegisteredSchema register(Map<String, RegisteredSchema> currents, String key, RegisteredSchema current,
                                      EventDefinition definition) {
        if (current != null && current.definition().equals(definition)) {
            return current;
        }
        var schema = AvroSchemas.of(definition);
        RegisteredSchema registered = new RegisteredSchema(AvroSchemas.idOf(schema), schema, definition);
        byId.putIfAbsent(registered.id(), registered);
        currents.put(key, registered);
        return registered;
    }

    private static List<EventField> standardFields() {
        return List.of(EventField.required("CreatedDate", FieldKind.DATETIME),
                EventField.required("CreatedById", FieldKind.STRING));
    }

    /** The declared (typed) fields as a payload-shaped map whose values carry their kinds. */
    private static Map<String, Object> declaredFields(SObjectSchema schema) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (FieldSpec spec : schema.fields()) {
            if (!NOT_IN_PAYLOAD.contains(spec.name())) {
                fields.put(spec.name(), FieldKind.of(spec.type()));
            }
        }
        return fields;
    }

    private static int declaredCount(SObjectSchema schema) {
        return schema.fields().size() - NOT_IN_PAYLOAD.size();
    }

    private static String entityOf(Map<String, Object> payload) {
        if (payload.get(AvroSchemas.HEADER) instanceof Map<?, ?> header
                && header.get("entityName") instanceof String entity) {
            return entity;
        }
        throw new IllegalArgumentException("a change event needs ChangeEventHeader.entityName");
    }
}
