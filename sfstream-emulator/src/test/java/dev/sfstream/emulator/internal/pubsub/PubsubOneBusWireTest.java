package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.sfstream.emulator.BayeuxTestClient;
import dev.sfstream.pubsub.api.ConsumerEvent;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResult;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.pubsub.api.SchemaRequest;
import dev.sfstream.pubsub.api.TopicRequest;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class PubsubOneBusWireTest extends PubsubWireTestBase {

    @Test
    void anEventPublishedThroughRestReachesBothTransportsWithTheSameReplayId() throws Exception {
        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator().baseUrl(), rest.token()).handshake()) {
            bayeux.subscribe("/event/Low_Ink__e", -1);
            var subscription = client.subscribe("/event/Low_Ink__e", ReplayPreset.EARLIEST, null, 10);

            rest.post("/services/data/v60.0/sobjects/Low_Ink__e/", "{\"Printer_Model__c\": \"XZO-5\","
                    + " \"Ink_Percentage__c\": 0.2}");

            await().until(() -> bayeux.events("/event/Low_Ink__e").size() == 1 && events(subscription).size() == 1);
            Map<String, Object> data = bayeux.events("/event/Low_Ink__e").get(0);
            long cometdReplayId = ((Number) ((Map<String, Object>) data.get("event")).get("replayId")).longValue();
            ConsumerEvent event = events(subscription).get(0);
            assertThat(event.getReplayId().size()).isEqualTo(8);
            assertThat(ByteBuffer.wrap(event.getReplayId().toByteArray()).getLong()).isEqualTo(cometdReplayId);
            assertThat(event.getEvent().getSchemaId()).isEqualTo(data.get("schema"));
            assertThat(event.getEvent().getId()).isEqualTo(((Map<String, Object>) data.get("event")).get("EventUuid"));
            GenericRecord record = decode(client.blocking(), event);
            assertThat(record.get("Printer_Model__c").toString()).isEqualTo("XZO-5");
            assertThat(record.get("Ink_Percentage__c")).isEqualTo(0.2);
            assertThat(record.get("CreatedById").toString()).isEqualTo("005xx000001SwiUAAS");
        }
    }

    @Test
    void anEventPublishedOverPubSubReachesCometdSubscribers() throws Exception {
        rest.post("/__emulator__/events", "{\"name\": \"Order__e\", \"fields\": {\"Amount__c\": \"NUMBER\","
                + " \"Note__c\": \"TEXT\", \"Due__c\": \"DATETIME\"}}");
        String schemaId = client.blocking().getTopic(TopicRequest.newBuilder().setTopicName("/event/Order__e")
                .build()).getSchemaId();
        Schema schema = new Schema.Parser().parse(client.blocking().getSchema(SchemaRequest.newBuilder()
                .setSchemaId(schemaId).build()).getSchemaJson());
        GenericRecord order = new GenericData.Record(schema);
        order.put("CreatedDate", 0L);
        order.put("CreatedById", "ignored");
        order.put("Amount__c", 99.5);
        order.put("Note__c", "rush");
        order.put("Due__c", 1_700_000_000_000L);

        try (BayeuxTestClient bayeux = new BayeuxTestClient(emulator().baseUrl(), rest.token()).handshake()) {
            bayeux.subscribe("/event/Order__e", -1);
            PublishResult result = client.blocking().publish(PublishRequest.newBuilder().setTopicName("/event/Order__e")
                    .addEvents(ProducerEvent.newBuilder().setId("order-1").setSchemaId(schemaId)
                            .setPayload(PubsubRpcWireTest.avro(schema, order))).build()).getResults(0);

            await().until(() -> bayeux.events("/event/Order__e").size() == 1);
            Map<String, Object> data = bayeux.events("/event/Order__e").get(0);
            Map<String, Object> payload = (Map<String, Object>) data.get("payload");
            assertThat(payload).containsEntry("Amount__c", 99.5).containsEntry("Note__c", "rush")
                    .containsEntry("Due__c", "2023-11-14T22:13:20.000Z")
                    .containsEntry("CreatedById", "005xx000001SwiUAAS");
            assertThat((String) payload.get("CreatedDate")).doesNotStartWith("1970");
            Map<String, Object> event = (Map<String, Object>) data.get("event");
            assertThat(event).containsEntry("EventUuid", "order-1");
            assertThat(ByteBuffer.wrap(result.getReplayId().toByteArray()).getLong())
                    .isEqualTo(((Number) event.get("replayId")).longValue());
        }
    }

    @Test
    void aNewFieldGivesTheEventANewSchemaAndOldEventsKeepTheirs() {
        rest.post("/services/data/v60.0/sobjects/Alert__e/", "{\"Level__c\": \"high\"}");
        rest.post("/services/data/v60.0/sobjects/Alert__e/", "{\"Level__c\": \"low\", \"Source__c\": \"probe\"}");
        var subscription = client.subscribe("/event/Alert__e", ReplayPreset.EARLIEST, null, 10);

        await().until(() -> events(subscription).size() == 2);
        ProducerEvent first = events(subscription).get(0).getEvent();
        ProducerEvent second = events(subscription).get(1).getEvent();
        assertThat(first.getSchemaId()).isNotEqualTo(second.getSchemaId());
        assertThat(decode(client.blocking(), events(subscription).get(0)).getSchema().getField("Source__c")).isNull();
        assertThat(decode(client.blocking(), events(subscription).get(1)).get("Source__c").toString())
                .isEqualTo("probe");
        assertThat(client.blocking().getTopic(TopicRequest.newBuilder().setTopicName("/event/Alert__e").build())
                .getSchemaId()).isEqualTo(second.getSchemaId());
    }

    @Test
    void theSchemaIdOfAnUnchangedDefinitionIsStable() {
        rest.post("/services/data/v60.0/sobjects/Alert__e/", "{\"Level__c\": \"high\"}");
        rest.post("/services/data/v60.0/sobjects/Alert__e/", "{\"Level__c\": \"low\"}");
        var subscription = client.subscribe("/event/Alert__e", ReplayPreset.EARLIEST, null, 10);

        await().until(() -> events(subscription).size() == 2);
        assertThat(events(subscription)).extracting(e -> e.getEvent().getSchemaId()).containsOnly(
                events(subscription).get(0).getEvent().getSchemaId());
    }

    @Test
    void aRawEventOfNoKnownTypeGetsASchemaOfItsOwnFields() {
        emulator().streaming().publish("/data/ChangeEvents", Map.of("payload", Map.of("Note", "raw", "bad-key", 1)));
        var subscription = client.subscribe("/data/ChangeEvents", ReplayPreset.EARLIEST, null, 10);

        await().until(() -> events(subscription).size() == 1);
        GenericRecord record = decode(client.blocking(), events(subscription).get(0));
        assertThat(record.get("Note").toString()).isEqualTo("raw");
        assertThat(record.getSchema().getFields()).hasSize(1);
    }

    private static List<ConsumerEvent> events(PubsubWireClient.Subscription subscription) {
        return subscription.responses().messages().stream().flatMap(r -> r.getEventsList().stream()).toList();
    }
}
