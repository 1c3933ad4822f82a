package dev.sfstream.emulator.internal.records;

import java.util.Map;

/**
 * Type-specific validation run inside the store's lock before a write, so that uniqueness checks are
 * atomic. Implementations may fill defaults into {@code values}; they throw {@link ApiError} to refuse.
 */
public interface RecordRules {
    /** Before a create; {@code values} holds the validated input and may be amended. */
    void beforeCreate(Map<String, Object> values, OrgStore store);

    /** Before an update; {@code changes} holds the validated input and may be amended. */
    void beforeUpdate(StoredRecord existing, Map<String, Object> changes, OrgStore store);
}
