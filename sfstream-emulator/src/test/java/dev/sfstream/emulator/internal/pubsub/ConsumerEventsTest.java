package dev.sfstream.emulator.internal.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sfstream.emulator.internal.events.AvroPayloads;
import dev.sfstream.emulator.internal.events.EventDefinitions;
import dev.sfstream.emulator.internal.events.RegisteredSchema;
import dev.sfstream.emulator.internal.records.SObjectCatalog;
import dev.sfstream.emulator.spi.EventLog.LoggedEvent;
import dev.sfstream.pubsub.api.ConsumerEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerEventsTest {
    private static final String TOPIC = "/event/Alert__e";

    private final EventDefinitions definitions = new EventDefinitions(new SObjectCatalog());
    private final ConsumerEvents events = new ConsumerEvents(definitions);

    @Test
    void anEventIsEncodedOnceAndServedIdenticallyToEveryLaterDelivery() {
        String schemaId = definitions.schemaId(TOPIC, Map.of("Level__c", "high"));
        LoggedEvent retained = logged(7, schemaId, "{\"Level__c\": \"high\"}");

        ConsumerEvent first = events.of(TOPIC, retained);
        ConsumerEvent second = events.of(TOPIC, new LoggedEvent(7, retained.dataJson()));

        assertThat(second).isSameAs(first);
        assertThat(first).isEqualTo(new ConsumerEvents(definitions).of(TOPIC, retained));
        assertThat(ReplayIds.parse(first.getReplayId())).hasValue(7);
        assertThat(decoded(first)).containsEntry("Level__c", "high");
    }

    @Test
    void eventsKeepTheSchemaTheyWerePublishedWithAcrossASchemaChange() {
        String before = definitions.schemaId(TOPIC, Map.of("Level__c", "high"));
        LoggedEvent old = logged(1, before, "{\"Level__c\": \"high\"}");
        ConsumerEvent oldEncoded = events.of(TOPIC, old);
        String after = definitions.schemaId(TOPIC, Map.of("Level__c", "low", "Count__c", 2));
        LoggedEvent extended = logged(2, after, "{\"Level__c\": \"low\", \"Count__c\": 2}");

        ConsumerEvent newEncoded = events.of(TOPIC, extended);

        assertThat(after).isNotEqualTo(before);
        assertThat(events.of(TOPIC, old)).isSameAs(oldEncoded);
        assertThat(oldEncoded.getEvent().getSchemaId()).isEqualTo(before);
        assertThat(newEncoded.getEvent().getSchemaId()).isEqualTo(after);
        assertThat(decoded(newEncoded)).containsEntry("Level__c", "low").containsEntry("Count__c", 2.0);
        assertThat(decoded(oldEncoded)).containsEntry("Level__c", "high").doesNotContainKey("Count__c");
    }

    @Test
    void anEventThatNamesNoSchemaIsEncodedWithTheTopicsCurrentSchemaAtEachDelivery() {
        definitions.schemaId(TOPIC, Map.of("Level__c", "high"));
        LoggedEvent unnamed = new LoggedEvent(3, ("{\"payload\": {\"Level__c\": \"high\"}, \"event\": "
                + "{\"EventUuid\": \"u-3\", \"replayId\": 3}}").getBytes(StandardCharsets.UTF_8));
        ConsumerEvent first = events.of(TOPIC, unnamed);

        String extended = definitions.schemaId(TOPIC, Map.of("Level__c", "low", "Count__c", 2));
        ConsumerEvent later = events.of(TOPIC, unnamed);

        assertThat(first.getEvent().getSchemaId()).isNotEqualTo(extended);
        assertThat(later.getEvent().getSchemaId()).isEqualTo(extended);
        assertThat(decoded(later)).containsEntry("Level__c", "high").containsEntry("Count__c", null);
    }

    @Test
    void aNewEventUnderAnOldReplayIdIsEncodedAfresh() {
        String schemaId = definitions.schemaId(TOPIC, Map.of("Level__c", "high"));
        ConsumerEvent before = events.of(TOPIC, logged(5, schemaId, "{\"Level__c\": \"high\"}"));

        ConsumerEvent after = events.of(TOPIC, logged(5, schemaId, "{\"Level__c\": \"low\"}"));

        assertThat(decoded(before)).containsEntry("Level__c", "high");
        assertThat(decoded(after)).containsEntry("Level__c", "low");
    }

    private static LoggedEvent logged(long replayId, String schemaId, String payloadJson) {
        String data = "{\"schema\": \"" + schemaId + "\", \"payload\": " + payloadJson + ", \"event\": "
                + "{\"EventUuid\": \"u-" + replayId + "\", \"replayId\": " + replayId + "}}";
        return new LoggedEvent(replayId, data.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> decoded(ConsumerEvent event) {
        RegisteredSchema schema = definitions.byId(event.getEvent().getSchemaId()).orElseThrow();
        return AvroPayloads.decode(schema, event.getEvent().getPayload().toByteArray());
    }
}
