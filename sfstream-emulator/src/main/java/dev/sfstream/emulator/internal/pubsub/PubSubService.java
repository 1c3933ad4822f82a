package dev.sfstream.emulator.internal.pubsub;

import dev.sfstream.emulator.internal.events.RegisteredSchema;
import dev.sfstream.pubsub.api.FetchRequest;
import dev.sfstream.pubsub.api.FetchResponse;
import dev.sfstream.pubsub.api.ManagedFetchRequest;
import dev.sfstream.pubsub.api.ManagedFetchResponse;
import dev.sfstream.pubsub.api.PubSubGrpc;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import dev.sfstream.pubsub.api.SchemaInfo;
import dev.sfstream.pubsub.api.SchemaRequest;
import dev.sfstream.pubsub.api.TopicInfo;
import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The PubSub service: each RPC as Salesforce answers it. */
final class PubSubService extends PubSubGrpc.PubSubImplBase {
    private final ServerParts parts;
    private final TopicAccess topics;
    private final ConsumerEvents events;
    private final EventPublishing publishing;

    PubSubService(ServerParts parts) {
        this.parts = parts;
        this.topics = new TopicAccess(parts.channels(), parts.orgId());
        this.events = new ConsumerEvents(parts.definitions());
        this.publishing = new EventPublishing(parts, topics);
    }

    @Override
    public void getTopic(TopicRequest request, StreamObserver<TopicInfo> responses) {
        CallScope scope = CallScope.current();
        answer(responses, () -> {
            String topic = request.getTopicName();
            topics.requireKnown(topic, scope.user(), scope.rpcId());
            return TopicInfo.newBuilder().setTopicName(topic).setTenantGuid(parts.orgId())
                    .setCanPublish(TopicAccess.canPublish(topic)).setCanSubscribe(true)
                    .setSchemaId(parts.definitions().current(topic).map(RegisteredSchema::id).orElse(""))
                    .setRpcId(scope.rpcId()).build();
        });
    }

    @Override
    public void getSchema(SchemaRequest request, StreamObserver<SchemaInfo> responses) {
        CallScope scope = CallScope.current();
        answer(responses, () -> {
            RegisteredSchema schema = parts.definitions().byId(request.getSchemaId())
                    .orElseThrow(() -> PubSubErrors.schemaNotFound(request.getSchemaId(), scope.rpcId()));
            return SchemaInfo.newBuilder().setSchemaId(schema.id()).setSchemaJson(schema.json())
                    .setRpcId(scope.rpcId()).build();
        });
    }

    @Override
    public void publish(PublishRequest request, StreamObserver<PublishResponse> responses) {
        CallScope scope = CallScope.current();
        answer(responses, () -> publishing.publish(request, scope));
    }

    @Override
    public StreamObserver<PublishRequest> publishStream(StreamObserver<PublishResponse> responses) {
        return new PublishStreamCall(parts, CallScope.current(), responses, publishing);
    }

    @Override
    public StreamObserver<FetchRequest> subscribe(StreamObserver<FetchResponse> responses) {
        return new SubscribeCall(parts, CallScope.current(), responses, events, topics);
    }

    @Override
    public StreamObserver<ManagedFetchRequest> managedSubscribe(StreamObserver<ManagedFetchResponse> responses) {
        return new ManagedSubscribeCall(parts, CallScope.current(), responses, events, topics);
    }

    /** Answers a unary call, after the armed delay, or with the Salesforce error it raised. */
    private <T> void answer(StreamObserver<T> responses, Supplier<T> call) {
        T value;
        try {
            value = call.get();
        } catch (StatusRuntimeException e) {
            responses.onError(e);
            return;
        }
        long delay = parts.faults().delayMillis();
        if (delay <= 0) {
            complete(responses, value);
        } else {
            parts.scheduler().schedule(() -> complete(responses, value), delay, TimeUnit.MILLISECONDS);
        }
    }

    private static <T> void complete(StreamObserver<T> responses, T value) {
        responses.onNext(value);
        responses.onCompleted();
    }
}
