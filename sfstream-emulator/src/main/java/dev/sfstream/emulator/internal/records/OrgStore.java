package dev.sfstream.emulator.internal.records;

import dev.sfstream.emulator.spi.EmulatorClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The org's data, in memory and thread-safe. Writes are serialised by one lock, and listeners hear about
 * each change inside it, so notifications leave in commit order.
 */
public final class OrgStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private final Map<String, Map<String, StoredRecord>> byType = new LinkedHashMap<>();
    private final Map<String, RecordRules> rules = new ConcurrentHashMap<>();
    private final List<RecordChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final SObjectCatalog catalog;
    private final SalesforceIds ids;
    private final EmulatorClock clock;
    private OpenTransaction transaction;

    public OrgStore(SObjectCatalog catalog, SalesforceIds ids, EmulatorClock clock) {
        this.catalog = catalog;
        this.ids = ids;
        this.clock = clock;
    }

    public SObjectCatalog catalog() {
        return catalog;
    }

    public SalesforceIds ids() {
        return ids;
    }

    public void addRules(String type, RecordRules typeRules) {
        rules.put(type.toLowerCase(Locale.ROOT), typeRules);
    }

    public void addListener(RecordChangeListener listener) {
        listeners.add(listener);
    }

    /** Inserts a record; {@code fixedId} (18 characters) is for fixtures, null assigns a fresh id. */
    public StoredRecord create(String type, Map<String, Object> input, ChangeContext context, String fixedId) {
        SObjectSchema schema = catalog.require(type);
        if (schema.kind() == SObjectKind.PLATFORM_EVENT) {
            throw new IllegalArgumentException("platform events are published, not stored: " + type);
        }
        Map<String, Object> values = FieldValues.validate(schema, input);
        return locked(() -> {
            RecordRules typeRules = rules.get(schema.name().toLowerCase(Locale.ROOT));
            if (typeRules != null) {
                typeRules.beforeCreate(values, this);
            }
            requireFields(schema, values);
            String id = fixedId != null ? fixedId : ids.next(schema.keyPrefix());
            Instant now = clock.now();
            String stamp = Timestamps.rest(now);
            String userId = context.user().userId();
            Map<String, Object> fields = new LinkedHashMap<>(values);
            fields.put("Id", id);
            fields.put("IsDeleted", false);
            if (schema.hasField("OwnerId") && fields.get("OwnerId") == null) {
                fields.put("OwnerId", userId);
            }
            fields.put("CreatedDate", stamp);
            fields.put("CreatedById", userId);
            fields.put("LastModifiedDate", stamp);
            fields.put("LastModifiedById", userId);
            fields.put("SystemModstamp", stamp);
            compoundName(schema, fields);
            StoredRecord created = new StoredRecord(schema.name(), id, fields, false);
            put(created);
            fire(new RecordChange(ChangeType.CREATED, schema, null, created, Set.of(), context, now));
            return created;
        });
    }

    /** Changes fields of a live record. */
    public StoredRecord update(String type, String id, Map<String, Object> input, ChangeContext context) {
        SObjectSchema schema = catalog.require(type);
        Map<String, Object> changes = FieldValues.validate(schema, input);
        return locked(() -> {
            StoredRecord existing = requireLive(schema, id);
            RecordRules typeRules = rules.get(schema.name().toLowerCase(Locale.ROOT));
            if (typeRules != null) {
                typeRules.beforeUpdate(existing, changes, this);
            }
            Instant now = clock.now();
            String stamp = Timestamps.rest(now);
            Map<String, Object> fields = new LinkedHashMap<>(existing.fields());
            fields.putAll(changes);
            fields.put("LastModifiedDate", stamp);
            fields.put("LastModifiedById", context.user().userId());
            fields.put("SystemModstamp", stamp);
            compoundName(schema, fields);
            requireFields(schema, fields);
            StoredRecord updated = existing.withFields(fields, false);
            Set<String> changed = new LinkedHashSet<>();
            for (String field : fields.keySet()) {
                if (!Objects.equals(existing.get(field), updated.get(field))) {
                    changed.add(field);
                }
            }
            put(updated);
            fire(new RecordChange(ChangeType.UPDATED, schema, existing, updated, changed, context, now));
            return updated;
        });
    }

    /** Moves a live record to the recycle bin. */
    public StoredRecord delete(String type, String id, ChangeContext context) {
        SObjectSchema schema = catalog.require(type);
        return locked(() -> {
            StoredRecord existing = requireLive(schema, id);
            Map<String, Object> fields = new LinkedHashMap<>(existing.fields());
            fields.put("IsDeleted", true);
            StoredRecord deleted = existing.withFields(fields, true);
            put(deleted);
            fire(new RecordChange(ChangeType.DELETED, schema, existing, deleted, Set.of(), context, clock.now()));
            return deleted;
        });
    }

    /** Restores a record from the recycle bin. */
    public StoredRecord undelete(String id, ChangeContext context) {
        return locked(() -> {
            StoredRecord existing = SalesforceIds.canonical(id).map(records::get)
                    .orElseThrow(() -> missing(id));
            if (!existing.deleted()) {
                throw ApiError.badRequest("UNDELETE_FAILED", "Entity is not in the recycle bin");
            }
            Map<String, Object> fields = new LinkedHashMap<>(existing.fields());
            fields.put("IsDeleted", false);
            StoredRecord restored = existing.withFields(fields, false);
            put(restored);
            SObjectSchema schema = catalog.require(existing.type());
            fire(new RecordChange(ChangeType.UNDELETED, schema, existing, restored, Set.of(), context, clock.now()));
            return restored;
        });
    }

    /** Moves a live record of any type to the recycle bin, by a 15- or 18-character id. */
    public StoredRecord deleteById(String id, ChangeContext context) {
        return locked(() -> {
            StoredRecord existing = SalesforceIds.canonical(id).map(records::get).orElseThrow(() -> missing(id));
            return delete(existing.type(), existing.id(), context);
        });
    }

    /**
     * Runs {@code work} as one all-or-none unit: it holds the write lock, and notifications of its changes
     * leave only when it commits. It commits when {@code commit} accepts its result; otherwise, or when it
     * throws, every record it touched is restored and its notifications are dropped. Work nested in another
     * unit joins the outer one.
     */
    public <T> T allOrNone(Supplier<T> work, Predicate<T> commit) {
        return locked(() -> {
            if (transaction != null) {
                return work.get();
            }
            OpenTransaction open = new OpenTransaction();
            transaction = open;
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                transaction = null;
                rollBack(open);
                throw e;
            }
            transaction = null;
            if (commit.test(result)) {
                open.pending().forEach(this::fire);
            } else {
                rollBack(open);
            }
            return result;
        });
    }

    /** True for work running inside {@link #allOrNone} (other threads wait for the lock, then see false). */
    public boolean inAllOrNone() {
        return locked(() -> transaction != null);
    }

    /** A record in any state, by a 15- or 18-character id. */
    public Optional<StoredRecord> get(String id) {
        return locked(() -> SalesforceIds.canonical(id).map(records::get));
    }

    /** A live record of this type, or the error a real org gives for a missing or deleted one. */
    public StoredRecord requireLive(SObjectSchema schema, String id) {
        return locked(() -> {
            StoredRecord existing = SalesforceIds.canonical(id).map(records::get)
                    .filter(r -> r.type().equals(schema.name()))
                    .orElseThrow(() -> missing(id));
            if (existing.deleted()) {
                throw new ApiError(404, "ENTITY_IS_DELETED", "entity is deleted", List.of());
            }
            return existing;
        });
    }

    /** Records of a type in insertion order, optionally with the recycle bin. */
    public List<StoredRecord> list(String type, boolean includeDeleted) {
        return locked(() -> {
            List<StoredRecord> result = new ArrayList<>();
            for (StoredRecord r : byType.getOrDefault(type.toLowerCase(Locale.ROOT), Map.of()).values()) {
                if (includeDeleted || !r.deleted()) {
                    result.add(r);
                }
            }
            return result;
        });
    }

    private void put(StoredRecord record) {
        if (transaction != null) {
            transaction.touching(record.id(), records.get(record.id()));
        }
        records.put(record.id(), record);
        byType.computeIfAbsent(record.type().toLowerCase(Locale.ROOT), t -> new LinkedHashMap<>())
                .put(record.id(), record);
    }

    private static ApiError missing(String id) {
        return new ApiError(404, "NOT_FOUND", "Provided external ID field does not exist or is not accessible: "
                + id, null);
    }

    private static void requireFields(SObjectSchema schema, Map<String, Object> fields) {
        List<String> missing = schema.requiredFields().stream()
                .filter(f -> fields.get(f) == null || "".equals(fields.get(f)))
                .toList();
        if (!missing.isEmpty()) {
            throw new ApiError(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: " + missing, missing);
        }
    }

    private static void compoundName(SObjectSchema schema, Map<String, Object> fields) {
        boolean personName = schema.field("Name").map(f -> !f.writable()).orElse(false)
                && schema.hasField("FirstName") && schema.hasField("LastName");
        if (personName) {
            Object first = fields.get("FirstName");
            Object last = fields.get("LastName");
            String name = (first == null ? "" : first + " ") + (last == null ? "" : last);
            fields.put("Name", name.isBlank() ? null : name.trim());
        }
    }

    private void rollBack(OpenTransaction undone) {
        undone.before().forEach((id, previous) -> {
            if (previous.isPresent()) {
                put(previous.get());
            } else {
                StoredRecord created = records.remove(id);
                byType.getOrDefault(created.type().toLowerCase(Locale.ROOT), new LinkedHashMap<>()).remove(id);
            }
        });
    }

    private void fire(RecordChange change) {
        if (transaction != null) {
            transaction.changed(change);
            return;
        }
        for (RecordChangeListener listener : listeners) {
            listener.onChange(change);
        }
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
