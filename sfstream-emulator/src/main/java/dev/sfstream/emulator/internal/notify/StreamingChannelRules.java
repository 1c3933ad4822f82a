package dev.sfstream.emulator.internal.notify;

import dev.sfstream.emulator.internal.records.ApiError;
import dev.sfstream.emulator.internal.records.OrgStore;
import dev.sfstream.emulator.internal.records.RecordRules;
import dev.sfstream.emulator.internal.records.StoredRecord;
import java.util.Map;
import java.util.regex.Pattern;

/** StreamingChannel names: {@code /u/} then letters, digits, {@code _} and {@code /}, at most 80, unique. */
public final class StreamingChannelRules implements RecordRules {
    private static final Pattern NAME = Pattern.compile("/u/[A-Za-z0-9_/]+");
    private static final int MAX_NAME = 80;

    @Override
    public void beforeCreate(Map<String, Object> values, OrgStore store) {
        check(values.get("Name"), null, store);
    }

    @Override
    public void beforeUpdate(StoredRecord existing, Map<String, Object> changes, OrgStore store) {
        if (changes.containsKey("Name")) {
            check(changes.get("Name"), existing.id(), store);
        }
    }

    private static void check(Object name, String selfId, OrgStore store) {
        if (name == null) {
            return;
        }
        String text = String.valueOf(name);
        if (text.length() > MAX_NAME) {
            throw ApiError.badRequest("STRING_TOO_LONG", "Streaming Channel Name: data value too large: " + text
                    + " (max length=" + MAX_NAME + ")", "Name");
        }
        if (!NAME.matcher(text).matches()) {
            throw ApiError.badRequest("FIELD_INTEGRITY_EXCEPTION", "Streaming Channel Name must start with /u/"
                    + " followed by letters, digits, '_' or '/': " + text, "Name");
        }
        for (StoredRecord channel : store.list("StreamingChannel", false)) {
            if (!channel.id().equals(selfId) && text.equalsIgnoreCase(String.valueOf(channel.get("Name")))) {
                throw ApiError.badRequest("DUPLICATE_DEVELOPER_NAME", "duplicate value found: Name duplicates value"
                        + " on record with id: " + channel.id(), "Name");
            }
        }
    }
}
