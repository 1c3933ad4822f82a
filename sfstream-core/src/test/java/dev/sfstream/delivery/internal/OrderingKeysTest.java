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
        assertThat(OrderingKeys.keyOf(event, EventOrdering.PARALLEL)).isEqualTo("003A");
    }

    @Test
    void changeEventsAreKeyedByTheirRecordIds() {
        StreamEvent single = cdc(List.of("001A"));
        StreamEvent merged = cdc(List.of("001B", "001A"));
        assertThat(OrderingKeys.keyOf(single, EventOrdering.PARALLEL)).isEqualTo("001A");
        assertThat(OrderingKeys.keyOf(merged, EventOrdering.PARALLEL)).isEqualTo("records:[001A, 001B]");
    }

    @Test
    void platformEventsRunInParallelUnlessChannelOrderIsAsked() {
        StreamEvent event = new StreamEvent("/event/Low_Ink__e", 7, Map.of("payload", Map.of("Serial__c", "1")));
        assertThat(OrderingKeys.keyOf(event, EventOrdering.PARALLEL)).isNull();
        assertThat(OrderingKeys.keyOf(event, EventOrdering.CHANNEL)).isEqualTo("channel:/event/Low_Ink__e");
    }

    private static StreamEvent cdc(List<String> ids) {
        return new StreamEvent("/data/AccountChangeEvent", 5, Map.of("payload",
                Map.of("ChangeEventHeader", Map.of("recordIds", ids, "changeType", "UPDATE"))));
    }
}
