package dev.sfstream.emulator.internal.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The undo log of an all-or-none unit of work in the {@link OrgStore}: each touched record's state before
 * its first change (empty when it did not exist), and the changes whose notifications wait for the commit.
 * Used only under the store's lock.
 */
final class OpenTransaction {
    private final Map<String, Optional<StoredRecord>> before = new LinkedHashMap<>();
    private final List<RecordChange> pending = new ArrayList<>();

    void touching(String id, StoredRecord current) {
        before.putIfAbsent(id, Optional.ofNullable(current));
    }

    void changed(RecordChange change) {
        pending.add(change);
    }

    Map<String, Optional<StoredRecord>> before() {
        return before;
    }

    List<RecordChange> pending() {
        return pending;
    }
}
