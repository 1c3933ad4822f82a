package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.internal.events.AvroPayloads;
import dev.sfstream.emulator.internal.events.RegisteredSchema;
import dev.sfstream.emulator.internal.records.Timestamps;
import dev.sfstream.pubsub.api.Error;
import dev.sfstream.pubsub.api.ErrorCode;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import dev.sfstream.pubsub.api.PublishResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Publish as Salesforce answers it: a request over 4 MB fails the call with {@code UNAVAILABLE}; each event is
 * checked on its own (1 MB at most, a schema of the topic, a valid Avro datum) and gets its own result. Accepted
 * events go on the one bus, with CreatedDate and CreatedById set by the server, so CometD subscribers get them too.
 */
final class EventPublishing {
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    static final int MAX_EVENT_BYTES = 1024 * 1024;

    private final ServerParts parts;
    private final TopicAccess topics;

    EventPublishing(ServerParts parts, TopicAccess topics) {
        this.parts = parts;
        this.topics = topics;
    }

    PublishResponse publish(PublishRequest request, CallScope scope) {
        if (request.getSerializedSize() > MAX_REQUEST_BYTES) {
            throw PubSubErrors.requestTooLarge(scope.rpcId());
        }
        String topic = request.getTopicName();
        topics.requireKnown(topic, scope.user(), scope.rpcId());
        if (!TopicAccess.canPublish(topic)) {
            throw PubSubErrors.cannotPublish(topic, scope.rpcId());
        }
        if (request.getEventsCount() == 0) {
            throw PubSubErrors.eventCountInvalid(scope.rpcId());
        }
        PublishResponse.Builder response = PublishResponse.newBuilder().setRpcId(scope.rpcId())
                .setSchemaId(parts.definitions().current(topic).map(RegisteredSchema::id).orElse(""));
        for (ProducerEvent event : request.getEventsList()) {
            response.addResults(publishOne(topic, event, scope));
        }
        return response.build();
    }

    private PublishResult publishOne(String topic, ProducerEvent event, CallScope scope) {
        String id = event.getId().isEmpty() ? UUID.randomUUID().toString() : event.getId();
        PublishResult.Builder result = PublishResult.newBuilder().setCorrelationKey(id);
        if (event.getPayload().size() > MAX_EVENT_BYTES) {
            return result.setError(error("The event exceeds the maximum size of 1 MB.")).build();
        }
        Optional<RegisteredSchema> schema = parts.definitions().byId(event.getSchemaId())
                .filter(s -> topic.toLowerCase(Locale.ROOT).endsWith("/" + s.definition().name()
                        .toLowerCase(Locale.ROOT)));
        if (schema.isEmpty()) {
            return result.setError(error("The schema ID " + event.getSchemaId() + " is not a schema of " + topic
                    + ".")).build();
        }
        Map<String, Object> payload;
        try {
            payload = AvroPayloads.decode(schema.get(), event.getPayload().toByteArray());
        } catch (IllegalArgumentException e) {
            return result.setError(error("The payload can't be deserialized with schema " + event.getSchemaId()
                    + ".")).build();
        }
        payload.put("CreatedDate", Timestamps.streaming(parts.clock().now()));
        payload.put("CreatedById", scope.user().userId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schema", schema.get().id());
        data.put("payload", payload);
        data.put("event", Map.of("EventUuid", id));
        return result.setReplayId(ReplayIds.of(parts.bus().publish(topic, data))).build();
    }

    private static Error error(String message) {
        return Error.newBuilder().setCode(ErrorCode.PUBLISH).setMsg(message).build();
    }
}
