package dev.sfstream.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.delivery.EventOrdering;
import dev.sfstream.delivery.StreamEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderingKeysTest {
    @Test
    void pushTopicEventsAreKeyedByRecordId() {
        StreamEvent event = new StreamEvent("/topic/Contacts", 1,
                Map.of("sobject", Map.of("Id", "003A"), "event", Map.of("replayId", 1)));
        assertThat(OrderingKeys.keysOf(event, EventOrdering.PARALLEL)).containsExactly("003A");
    }

    @Test
    void changeEventsAreKeyedByEachOfTheirRecordIds() {
        StreamEvent single = cdc(List.of("001A"), "UPDATE");
        StreamEvent merged = cdc(List.of("001B", "001A"), "UPDATE");
        assertThat(OrderingKeys.keysOf(single, EventOrdering.PARALLEL)).containsExactly("001A");
        assertThat(OrderingKeys.keysOf(merged, EventOrdering.PARALLEL)).containsExactly("001B", "001A");
    }

    @Test
    void overflowGapEventsAreOrderedPerEntity() {
        assertThat(OrderingKeys.keysOf(cdc(List.of(), "GAP_OVERFLOW"), EventOrdering.PARALLEL))
                .containsExactly("entity:Account");
    }

    @Test
    void platformEventsRunInParallelUnlessChannelOrderIsAsked() {
        StreamEvent event = new StreamEvent("/event/Low_Ink__e", 7, Map.of("payload", Map.of("Serial__c", "1")));
        assertThat(OrderingKeys.keysOf(event, EventOrdering.PARALLEL)).isEmpty();
        assertThat(OrderingKeys.keysOf(event, EventOrdering.CHANNEL)).containsExactly("channel:/event/Low_Ink__e");
    }

    private static StreamEvent cdc(List<String> ids, String changeType) {
        return new StreamEvent("/data/AccountChangeEvent", 5, Map.of("payload", Map.of("ChangeEventHeader",
                Map.of("entityName", "Account", "recordIds", ids, "changeType", changeType))));
    }
}
