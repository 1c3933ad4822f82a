package dev.sfstream.emulator.internal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sfstream.emulator.spi.EmulatorClock;
import dev.sfstream.emulator.spi.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OrgStoreAllOrNoneTest {
    private static final ChangeContext CONTEXT = new ChangeContext(
            new Principal("005xx000001SwiUAAS", "00Dxx0000001gPLEAY", "integration@example.com"), "rest", "65.0", null);

    private final OrgStore store = new OrgStore(new SObjectCatalog(), new SalesforceIds(), EmulatorClock.system());
    private final List<RecordChange> heard = new CopyOnWriteArrayList<>();

    OrgStoreAllOrNoneTest() {
        store.addListener(heard::add);
    }

    @Test
    void aRefusedUnitRestoresEveryRecordAndDropsItsNotifications() {
        String kept = store.create("Account", Map.of("Name", "before"), CONTEXT, null).id();
        String deleted = store.create("Account", Map.of("Name", "to delete"), CONTEXT, null).id();
        heard.clear();

        String created = store.allOrNone(() -> {
            store.update("Account", kept, Map.of("Name", "after"), CONTEXT);
            store.update("Account", kept, Map.of("Name", "after again"), CONTEXT);
            store.delete("Account", deleted, CONTEXT);
            return store.create("Account", Map.of("Name", "new"), CONTEXT, null).id();
        }, id -> false);

        assertThat(store.get(kept).orElseThrow().get("Name")).isEqualTo("before");
        assertThat(store.get(deleted).orElseThrow().deleted()).isFalse();
        assertThat(store.get(created)).isEmpty();
        assertThat(store.list("Account", true)).extracting(StoredRecord::id).containsExactly(kept, deleted);
        assertThat(heard).isEmpty();
    }

    @Test
    void aCommittedUnitNotifiesInOrderAfterItsWork() {
        List<Integer> heardDuringWork = store.allOrNone(() -> {
            store.create("Account", Map.of("Name", "one"), CONTEXT, null);
            store.create("Account", Map.of("Name", "two"), CONTEXT, null);
            return List.of(heard.size());
        }, sizes -> true);

        assertThat(heardDuringWork).containsExactly(0);
        assertThat(heard).extracting(c -> c.after().get("Name")).containsExactly("one", "two");
    }

    @Test
    void aThrowingUnitRollsBackAndRethrows() {
        assertThatThrownBy(() -> store.allOrNone(() -> {
            store.create("Account", Map.of("Name", "lost"), CONTEXT, null);
            return store.create("Account", Map.of(), CONTEXT, null);
        }, r -> true)).isInstanceOf(ApiError.class).hasMessageContaining("Required fields are missing");

        assertThat(store.list("Account", true)).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void aNestedUnitJoinsTheOuterOne() {
        store.allOrNone(() -> {
            boolean inner = store.allOrNone(() -> {
                store.create("Account", Map.of("Name", "inner"), CONTEXT, null);
                return store.inAllOrNone();
            }, r -> true);
            assertThat(inner).isTrue();
            return false;
        }, r -> r);

        assertThat(store.list("Account", true)).isEmpty();
        assertThat(store.inAllOrNone()).isFalse();
    }
}
