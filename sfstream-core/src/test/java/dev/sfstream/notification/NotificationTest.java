package dev.sfstream.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTest {
    @Test
    void pushTopicEventHasTypedAccessors() {
        Map<String, Object> sobject = new LinkedHashMap<>();
        sobject.put("Id", "001D000000KnaXjIAJ");
        sobject.put("FirstName", "Rocky");
        sobject.put("Email", null);
        Map<String, Object> data = Map.of(
                "event", Map.of("createdDate", "2016-03-29T16:40:08.208Z", "replayId", 1, "type", "created"),
                "sobject", sobject);
        Notification notification = new Notification("/topic/ContactUpdates", data);
        assertThat(notification.eventType()).isEqualTo("created");
        assertThat(notification.replayId()).hasValue(1);
        assertThat(notification.createdDate()).contains(Instant.parse("2016-03-29T16:40:08.208Z"));
        assertThat(notification.sobject()).containsEntry("FirstName", "Rocky").containsEntry("Email", null);
        assertThat(notification.payload()).isEmpty();
        assertThat(notification.data()).isEqualTo(data);
    }

    @Test
    void changeEventTypeComesFromTheHeader() {
        Notification notification = new Notification("/data/AccountChangeEvent", Map.of(
                "payload", Map.of("ChangeEventHeader", Map.of("changeType", "UPDATE"), "Name", "Acme"),
                "event", Map.of("replayId", 42)));
        assertThat(notification.eventType()).isEqualTo("UPDATE");
        assertThat(notification.payload()).containsEntry("Name", "Acme");
        assertThat(notification.sobject()).isEmpty();
    }

    @Test
    void genericEventHasTextPayloadAndNoType() {
        Notification notification = new Notification("/u/Broadcast", Map.of("payload", "hello",
                "event", Map.of("replayId", "3")));
        assertThat(notification.payloadText()).isEqualTo("hello");
        assertThat(notification.eventType()).isNull();
        assertThat(notification.replayId()).hasValue(3);
        assertThat(new Notification("/u/x", Map.of()).replayId()).isEmpty();
    }

    @Test
    void dataIsReadOnlyAndDetachedFromTheSource() {
        Map<String, Object> inner = new HashMap<>(Map.of("Id", "1"));
        Map<String, Object> data = new HashMap<>(Map.of("sobject", inner));
        Notification notification = new Notification("/topic/T", data);
        inner.put("Id", "2");
        assertThat(notification.sobject()).containsEntry("Id", "1");
        assertThatThrownBy(() -> notification.sobject().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
