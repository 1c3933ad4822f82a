package dev.sfstream.emulator.internal.pubsub;

import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.assertSalesforceError;
import static dev.sfstream.emulator.internal.pubsub.PubsubAssertions.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import dev.sfstream.emulator.Emulator;
import dev.sfstream.emulator.EventFieldType;
import dev.sfstream.pubsub.api.ErrorCode;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import dev.sfstream.pubsub.api.PublishResult;
import dev.sfstream.pubsub.api.ReplayPreset;
import dev.sfstream.pubsub.api.SchemaInfo;
import dev.sfstream.pubsub.api.SchemaRequest;
import dev.sfstream.pubsub.api.TopicInfo;
import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class PubsubRpcWireTest extends PubsubWireTestBase {
    private static final String ORDER = "/event/Order__e";

    @Override
    protected void configure(Emulator.Builder builder) {
        builder.platformEvent("Order__e", orderFields());
    }

    @Test
    void getTopicDescribesAPlatformEvent() {
        TopicInfo topic = client.blocking().getTopic(TopicRequest.newBuilder().setTopicName(ORDER).build());

        assertThat(topic.getTopicName()).isEqualTo(ORDER);
        assertThat(topic.getCanPublish()).isTrue();
        assertThat(topic.getCanSubscribe()).isTrue();
        assertThat(topic.getSchemaId()).hasSize(22);
        assertThat(topic.getTenantGuid()).isEqualTo(emulator().fixture().orgId());
        assertThat(topic.getRpcId()).hasSize(36);
    }

    @Test
    void getTopicOfAChangeEventCannotPublish() {
        TopicInfo topic = client.blocking().getTopic(TopicRequest.newBuilder()
                .setTopicName("/data/AccountChangeEvent").build());

        assertThat(topic.getCanPublish()).isFalse();
        assertThat(topic.getCanSubscribe()).isTrue();
        assertThat(topic.getSchemaId()).hasSize(22);
    }

    @Test
    void pushTopicsAndUnknownObjectsAreNotFound() {
        for (String name : new String[] {"/topic/InvoiceUpdates", "/u/Notifications", "/data/NoSuchChangeEvent"}) {
            assertThatThrownBy(() -> client.blocking().getTopic(TopicRequest.newBuilder().setTopicName(name).build()))
                    .satisfies(e -> assertSalesforceError(e, Status.Code.NOT_FOUND, "topic.not.found"));
        }
        assertThatThrownBy(() -> client.blocking().getTopic(TopicRequest.getDefaultInstance()))
                .satisfies(e -> assertSalesforceError(e, Status.Code.INVALID_ARGUMENT, "topic.validation.empty"));
    }

    @Test
    void getSchemaReturnsTheAvroSchemaOfTheDeclaredFields() {
        String schemaId = topicSchemaId();

        SchemaInfo info = client.blocking().getSchema(SchemaRequest.newBuilder().setSchemaId(schemaId).build());

        Schema schema = new Schema.Parser().parse(info.getSchemaJson());
        assertThat(info.getSchemaId()).isEqualTo(schemaId);
        assertThat(schema.getName()).isEqualTo("Order__e");
        assertThat(schema.getFields()).extracting(Schema.Field::name)
                .containsExactly("CreatedDate", "CreatedById", "Amount__c", "Paid__c", "Note__c");
        assertThat(schema.getField("CreatedDate").schema().getType()).isEqualTo(Schema.Type.LONG);
        assertThat(schema.getField("Amount__c").schema().getTypes().get(1).getType()).isEqualTo(Schema.Type.DOUBLE);
        assertThatThrownBy(() -> client.blocking().getSchema(SchemaRequest.newBuilder().setSchemaId("nope").build()))
                .satisfies(e -> assertSalesforceError(e, Status.Code.NOT_FOUND, "schema.validation.failed"));
    }

    @Test
    void publishedEventsGetReplayIdsAndReachSubscribers() {
        String schemaId = topicSchemaId();
        PublishResponse response = client.blocking().publish(PublishRequest.newBuilder().setTopicName(ORDER)
                .addEvents(order("e-1", schemaId, 12.5)).addEvents(order("e-2", schemaId, 7)).build());

        assertThat(response.getSchemaId()).isEqualTo(schemaId);
        assertThat(response.getResultsList()).extracting(PublishResult::getCorrelationKey).containsExactly("e-1", "e-2");
        assertThat(response.getResultsList()).allSatisfy(r -> {
            assertThat(r.hasError()).isFalse();
            assertThat(r.getReplayId().size()).isEqualTo(8);
        });
        var subscription = client.subscribe(ORDER, ReplayPreset.EARLIEST, null, 10);
        await().until(() -> subscription.responses().messages().stream().mapToInt(m -> m.getEventsCount()).sum() == 2);
        var event = subscription.responses().messages().get(0).getEvents(0);
        assertThat(event.getReplayId()).isEqualTo(response.getResults(0).getReplayId());
        assertThat(event.getEvent().getId()).isEqualTo("e-1");
        GenericRecord record = decode(client.blocking(), event);
        assertThat(record.get("Amount__c")).isEqualTo(12.5);
        assertThat(record.get("CreatedById").toString()).startsWith("005");
        assertThat((Long) record.get("CreatedDate")).isPositive();
    }

    @Test
    void eachEventIsCheckedOnItsOwn() {
        String schemaId = topicSchemaId();
        ProducerEvent unknownSchema = order("bad-schema", "AAAAAAAAAAAAAAAAAAAAAA", 1);
        ProducerEvent garbage = ProducerEvent.newBuilder().setId("garbage").setSchemaId(schemaId)
                .setPayload(ByteString.copyFrom(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF})).build();
        ProducerEvent huge = ProducerEvent.newBuilder().setId("huge").setSchemaId(schemaId)
                .setPayload(ByteString.copyFrom(new byte[EventPublishing.MAX_EVENT_BYTES + 1])).build();

        PublishResponse response = client.blocking().publish(PublishRequest.newBuilder().setTopicName(ORDER)
                .addEvents(unknownSchema).addEvents(garbage).addEvents(huge).addEvents(order("ok", schemaId, 1))
                .build());

        assertThat(response.getResultsList()).extracting(r -> r.getError().getCode())
                .containsExactly(ErrorCode.PUBLISH, ErrorCode.PUBLISH, ErrorCode.PUBLISH, ErrorCode.UNKNOWN);
        assertThat(response.getResults(3).getReplayId().size()).isEqualTo(8);
    }

    @Test
    void requestsOverFourMegabytesFailTheCall() {
        String schemaId = topicSchemaId();
        PublishRequest.Builder request = PublishRequest.newBuilder().setTopicName(ORDER);
        for (int i = 0; i < 5; i++) {
            request.addEvents(ProducerEvent.newBuilder().setId("big-" + i).setSchemaId(schemaId)
                    .setPayload(ByteString.copyFrom(new byte[900_000])));
        }

        assertThatThrownBy(() -> client.blocking().publish(request.build()))
                .satisfies(e -> assertSalesforceError(e, Status.Code.UNAVAILABLE, "service.unavailable"));
    }

    @Test
    void changeEventsAndEmptyRequestsCannotBePublished() {
        assertThatThrownBy(() -> client.blocking().publish(PublishRequest.newBuilder()
                .setTopicName("/data/AccountChangeEvent").addEvents(order("x", "y", 1)).build()))
                .satisfies(e -> assertSalesforceError(e, Status.Code.PERMISSION_DENIED, "topic.meta.permission"));
        assertThatThrownBy(() -> client.blocking().publish(PublishRequest.newBuilder().setTopicName(ORDER).build()))
                .satisfies(e -> assertSalesforceError(e, Status.Code.INVALID_ARGUMENT, "publish.event.count.invalid"));
    }

    @Test
    void publishStreamAnswersEachRequestAndRefusesAnotherTopic() {
        String schemaId = topicSchemaId();
        Recorder<PublishResponse> responses = new Recorder<>();
        StreamObserver<PublishRequest> requests = client.async().publishStream(responses);

        requests.onNext(PublishRequest.newBuilder().setTopicName(ORDER).addEvents(order("s-1", schemaId, 1)).build());
        requests.onNext(PublishRequest.newBuilder().addEvents(order("s-2", schemaId, 2)).build());
        await().until(() -> responses.messages().size() == 2);
        requests.onNext(PublishRequest.newBuilder().setTopicName("/event/Other__e")
                .addEvents(order("s-3", schemaId, 3)).build());

        await().until(responses::ended);
        assertThat(responses.messages()).extracting(r -> r.getResults(0).getCorrelationKey())
                .containsExactly("s-1", "s-2");
        assertSalesforceError(responses.error(), Status.Code.INVALID_ARGUMENT, "publish.topic.mismatch");
    }

    @Test
    void onAPublishStreamARefusedEventGetsItsOwnErrorAndTheStreamGoesOn() {
        String schemaId = topicSchemaId();
        ProducerEvent garbage = ProducerEvent.newBuilder().setId("garbage").setSchemaId(schemaId)
                .setPayload(ByteString.copyFrom(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF})).build();
        Recorder<PublishResponse> responses = new Recorder<>();
        StreamObserver<PublishRequest> requests = client.async().publishStream(responses);

        requests.onNext(PublishRequest.newBuilder().setTopicName(ORDER).addEvents(garbage)
                .addEvents(order("fine-1", schemaId, 1)).build());
        requests.onNext(PublishRequest.newBuilder().addEvents(order("fine-2", schemaId, 2)).build());
        await().until(() -> responses.messages().size() == 2);

        assertThat(responses.messages().get(0).getResultsList()).extracting(r -> r.getError().getCode())
                .containsExactly(ErrorCode.PUBLISH, ErrorCode.UNKNOWN);
        assertThat(responses.messages().get(0).getResults(0).getCorrelationKey()).isEqualTo("garbage");
        assertThat(responses.messages().get(1).getResults(0).getReplayId().size()).isEqualTo(8);
        assertThat(responses.messages()).allSatisfy(r -> assertThat(r.getRpcId()).hasSize(36));
        assertThat(responses.ended()).isFalse();
        requests.onCompleted();
        await().until(responses::completed);
    }

    @Test
    void anIdlePublishStreamIsClosedByTheServer() {
        Recorder<PublishResponse> responses = new Recorder<>();
        client.async().publishStream(responses);

        await().atMost(Duration.ofSeconds(10)).until(responses::completed);
    }

    private String topicSchemaId() {
        return client.blocking().getTopic(TopicRequest.newBuilder().setTopicName(ORDER).build()).getSchemaId();
    }

    private ProducerEvent order(String id, String schemaId, double amount) {
        Schema schema = new Schema.Parser().parse(client.blocking().getSchema(SchemaRequest.newBuilder()
                .setSchemaId(topicSchemaId()).build()).getSchemaJson());
        GenericRecord record = new GenericData.Record(schema);
        record.put("CreatedDate", 0L);
        record.put("CreatedById", "");
        record.put("Amount__c", amount);
        record.put("Paid__c", true);
        return ProducerEvent.newBuilder().setId(id).setSchemaId(schemaId).setPayload(avro(schema, record)).build();
    }

    static ByteString avro(Schema schema, GenericRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        try {
            new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ByteString.copyFrom(out.toByteArray());
    }

    private static Map<String, EventFieldType> orderFields() {
        Map<String, EventFieldType> fields = new LinkedHashMap<>();
        fields.put("Amount__c", EventFieldType.NUMBER);
        fields.put("Paid__c", EventFieldType.CHECKBOX);
        fields.put("Note__c", EventFieldType.TEXT);
        return fields;
    }
}
