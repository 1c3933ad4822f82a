package dev.sfstream.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.notification.ChangeEventHeader;
import dev.sfstream.notification.Notification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event is parsed once where it arrives; a notification is a view of it. */
class StreamEventTest {
    @Test
    void stringAndNumericReplayIdsAreTreatedAlikeFromArrivalToTheNotification() {
        StreamEvent numeric = StreamEvent.of("/topic/T", Map.of("event", Map.of("replayId", 42)));
        StreamEvent text = StreamEvent.of("/topic/T", Map.of("event", Map.of("replayId", " 42 ")));
        StreamEvent unreadable = StreamEvent.of("/topic/T", Map.of("event", Map.of("replayId", "forty-two")));
        assertThat(numeric.replayId()).isEqualTo(42).isEqualTo(text.replayId());
        assertThat(unreadable.hasReplayId()).isFalse();
        assertThat(Notification.of(numeric).replayId()).hasValue(42);
        assertThat(Notification.of(text).replayId()).hasValue(42);
        assertThat(Notification.of(unreadable).replayId()).isEmpty();
    }

    @Test
    void theRecordsAndTheChangeHeaderAreReadOnce() {
        StreamEvent pushTopic = new StreamEvent("/topic/T", 1, Map.of("sobject", Map.of("Id", "003A")));
        StreamEvent merged = new StreamEvent("/data/AccountChangeEvent", 2, Map.of("payload", Map.of(
                "ChangeEventHeader", Map.of("entityName", "Account", "recordIds", List.of("001A", "001B"),
                        "changeType", "UPDATE", "changedFields", List.of("Name"), "commitTimestamp", 1_700_000_000_000L,
                        "changeOrigin", "com/salesforce/api/rest/64.0;client=sfstream-orders"))));
        assertThat(pushTopic.recordIds()).containsExactly("003A");
        assertThat(pushTopic.changeEventHeader()).isEmpty();
        assertThat(merged.recordIds()).containsExactly("001A", "001B");
        ChangeEventHeader header = merged.changeEventHeader().orElseThrow();
        assertThat(header.changedFields()).containsExactly("Name");
        assertThat(header.madeByClient("sfstream-orders")).isTrue();
        assertThat(header.madeByClient("sfstream")).isFalse();
        assertThat(merged.createdDate()).hasValueSatisfying(date -> assertThat(date.toEpochMilli())
                .isEqualTo(1_700_000_000_000L));
    }

    @Test
    void gapEventsSayWhatTheyAreAndWhichRecordsToReRead() {
        Notification gap = Notification.of(new StreamEvent("/data/AccountChangeEvent", 3, Map.of("payload", Map.of(
                "ChangeEventHeader", Map.of("entityName", "Account", "recordIds", List.of("001A"),
                        "changeType", "GAP_UPDATE")))));
        Notification overflow = Notification.of(new StreamEvent("/data/AccountChangeEvent", 4, Map.of("payload",
                Map.of("ChangeEventHeader", Map.of("entityName", "Account", "recordIds", List.of(),
                        "changeType", "GAP_OVERFLOW")))));
        Notification update = Notification.of(new StreamEvent("/data/AccountChangeEvent", 5, Map.of("payload",
                Map.of("ChangeEventHeader", Map.of("entityName", "Account", "recordIds", List.of("001A"),
                        "changeType", "UPDATE")))));
        assertThat(gap.isGap()).isTrue();
        assertThat(gap.eventType()).isEqualTo("GAP_UPDATE");
        assertThat(gap.changeEventHeader().orElseThrow().recordIds()).containsExactly("001A");
        assertThat(overflow.isGap()).isTrue();
        assertThat(overflow.changeEventHeader().orElseThrow().isOverflow()).isTrue();
        assertThat(overflow.changeEventHeader().orElseThrow().entityName()).isEqualTo("Account");
        assertThat(update.isGap()).isFalse();
    }
}
