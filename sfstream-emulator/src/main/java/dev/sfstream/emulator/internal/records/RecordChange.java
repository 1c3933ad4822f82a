package dev.sfstream.emulator.internal.records;

import java.time.Instant;
import java.util.Set;

/**
 * One committed record change.
 *
 * @param before the record before the change (null on create)
 * @param after the record after the change
 * @param changedFields the fields whose value changed on update, system fields included; empty otherwise
 */
public record RecordChange(ChangeType type, SObjectSchema schema, StoredRecord before, StoredRecord after,
                           Set<String> changedFields, ChangeContext context, Instant at) {
    public RecordChange {
        changedFields = Set.copyOf(changedFields);
    }
}
