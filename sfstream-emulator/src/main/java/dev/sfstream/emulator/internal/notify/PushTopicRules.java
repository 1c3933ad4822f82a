package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.RecordRules;
import dev.sfstream.emulator.internal.records.StoredRecord;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PushTopic validation: Name at most 25 characters and unique, Query at most 1,300 characters and within the
 * PushTopic restrictions, ApiVersion above 20.0, NotifyForFields from its picklist; fills the defaults and
 * derives the read-only NotifyForOperations.
 */
public final class PushTopicRules implements RecordRules {
    private static final int MAX_NAME = 25;
    private static final int MAX_DESCRIPTION = 400;
    private static final Set<String> NOTIFY_FOR_FIELDS = Set.of("All", "Referenced", "Select", "Where");
    private static final String[] OPERATIONS = {"NotifyForOperationCreate", "NotifyForOperationUpdate",
        "NotifyForOperationDelete", "NotifyForOperationUndelete"};

    @Override
    public void beforeCreate(Map<String, Object> values, OrgStore store) {
        values.putIfAbsent("NotifyForFields", "Referenced");
        for (String operation : OPERATIONS) {
            values.putIfAbsent(operation, true);
        }
        values.putIfAbsent("IsActive", true);
        check(values, values, null, store);
    }

    @Override
    public void beforeUpdate(StoredRecord existing, Map<String, Object> changes, OrgStore store) {
        Map<String, Object> merged = new LinkedHashMap<>(existing.fields());
        merged.putAll(changes);
        check(merged, changes, existing.id(), store);
    }

    private static void check(Map<String, Object> merged, Map<String, Object> target, String selfId, OrgStore store) {
        Object name = merged.get("Name");
        if (name instanceof String text && text.length() > MAX_NAME) {
            throw ApiError.badRequest("STRING_TOO_LONG", "Topic Name: data value too large: " + text
                    + " (max length=" + MAX_NAME + ")", "Name");
        }
        if (name != null) {
            for (StoredRecord topic : store.list("PushTopic", false)) {
                if (!topic.id().equals(selfId) && String.valueOf(name).equalsIgnoreCase(String.valueOf(topic.get("Name")))) {
                    throw ApiError.badRequest("DUPLICATE_VALUE", "duplicate value found: Name duplicates value on"
                            + " record with id: " + topic.id(), "Name");
                }
            }
        }
        Object description = merged.get("Description");
        if (description instanceof String text && text.length() > MAX_DESCRIPTION) {
            throw ApiError.badRequest("STRING_TOO_LONG", "Description: data value too large: " + text
                    + " (max length=" + MAX_DESCRIPTION + ")", "Description");
        }
        Object query = merged.get("Query");
        if (query instanceof String text) {
            if (text.length() > PushTopicQueries.MAX_LENGTH) {
                throw ApiError.badRequest("STRING_TOO_LONG", "Query: data value too large: " + text
                        + " (max length=" + PushTopicQueries.MAX_LENGTH + ")", "Query");
            }
            PushTopicQueries.validate(text, store.catalog());
        }
        Object version = merged.get("ApiVersion");
        if (version instanceof Number n && new BigDecimal(n.toString()).compareTo(BigDecimal.valueOf(20)) <= 0) {
            throw ApiError.badRequest("FIELD_INTEGRITY_EXCEPTION", "ApiVersion: the API version must be greater"
                    + " than 20.0, got " + n, "ApiVersion");
        }
        Object notifyForFields = merged.get("NotifyForFields");
        if (notifyForFields != null && !NOTIFY_FOR_FIELDS.contains(String.valueOf(notifyForFields))) {
            throw ApiError.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Notify For Fields: bad value for"
                    + " restricted picklist field: " + notifyForFields, "NotifyForFields");
        }
        target.put("NotifyForOperations", operations(merged));
    }

    private static String operations(Map<String, Object> values) {
        boolean create = Boolean.TRUE.equals(values.get("NotifyForOperationCreate"));
        boolean update = Boolean.TRUE.equals(values.get("NotifyForOperationUpdate"));
        if (create && update) {
            return "All";
        }
        return create ? "Create" : update ? "Update" : "Extended";
    }
}
