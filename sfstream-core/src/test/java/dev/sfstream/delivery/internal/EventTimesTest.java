package dev.sfstream.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTimesTest {
    @Test
    void readsThePushTopicAndGenericCreatedDateInBothOffsetStyles() {
        assertThat(EventTimes.createdAt(Map.of("event", Map.of("createdDate", "2016-03-29T16:40:08.208Z"))))
                .contains(Instant.parse("2016-03-29T16:40:08.208Z"));
        assertThat(EventTimes.createdAt(Map.of("event", Map.of("createdDate", "2016-03-29T16:40:08.208+0000"))))
                .contains(Instant.parse("2016-03-29T16:40:08.208Z"));
    }

    @Test
    void readsThePlatformEventCreatedDateAndTheChangeEventCommitTimestamp() {
        assertThat(EventTimes.createdAt(Map.of("payload", Map.of("CreatedDate", "2023-04-09T18:31:40.517Z"))))
                .contains(Instant.parse("2023-04-09T18:31:40.517Z"));
        assertThat(EventTimes.createdAt(Map.of("payload", Map.of("ChangeEventHeader",
                Map.of("commitTimestamp", 1501010206653L), "CreatedDate", "2017-07-25T19:16:44Z"))))
                .contains(Instant.ofEpochMilli(1501010206653L));
    }

    @Test
    void anEventWithoutAReadableTimeHasNone() {
        assertThat(EventTimes.createdAt(null)).isEmpty();
        assertThat(EventTimes.createdAt(Map.of("event", Map.of("replayId", 3)))).isEmpty();
        assertThat(EventTimes.createdAt(Map.of("event", Map.of("createdDate", "yesterday")))).isEmpty();
    }
}
