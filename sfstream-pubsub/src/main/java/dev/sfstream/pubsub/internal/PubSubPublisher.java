package dev.sfstream.pubsub.internal;

import com.google.protobuf.ByteString;
import dev.sfstream.auth.Session;
import dev.sfstream.auth.SessionSource;
import dev.sfstream.pubsub.EventPublishException;
import dev.sfstream.pubsub.EventPublisher;
import dev.sfstream.pubsub.PubSubSettings;
import dev.sfstream.pubsub.PublishFailure;
import dev.sfstream.pubsub.PublishResult;
import dev.sfstream.pubsub.api.ProducerEvent;
import dev.sfstream.pubsub.api.PublishRequest;
import dev.sfstream.pubsub.api.PublishResponse;
import dev.sfstream.pubsub.api.TopicInfo;
import dev.sfstream.pubsub.api.TopicRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;

/**
 * Publishes platform events with {@code Publish}: the topic's current schema ({@code GetTopic}, then
 * {@code GetSchema}, cached by id), one UUID per event as its id and correlation key. A refused token is renewed
 * once and the call repeated.
 */
public final class PubSubPublisher implements EventPublisher {
    private final SessionSource sessions;
    private final PubSubStubs stubs;
    private final SchemaCache schemas;

    public PubSubPublisher(SessionSource sessions, PubSubSettings settings) {
        this.sessions = sessions;
        this.stubs = new PubSubStubs(settings, sessions.network(), List.of());
        this.schemas = new SchemaCache(request ->
                stubs.blocking(sessions.current()).getSchema(request).getSchemaJson());
    }

    @Override
    public List<PublishResult> publishAll(String eventName, List<? extends Map<String, ?>> events) {
        String topic = eventName.startsWith("/") ? eventName : "/event/" + eventName;
        Session session = sessions.current();
        try {
            return publish(topic, events, session);
        } catch (StatusRuntimeException failed) {
            if (failed.getStatus().getCode() != Status.Code.UNAUTHENTICATED) {
                throw failure(topic, failed);
            }
            try {
                return publish(topic, events, sessions.renew(session));
            } catch (StatusRuntimeException again) {
                throw failure(topic, again);
            }
        }
    }

    private List<PublishResult> publish(String topic, List<? extends Map<String, ?>> events, Session session) {
        TopicInfo info = stubs.blocking(session).getTopic(TopicRequest.newBuilder().setTopicName(topic).build());
        if (!info.getCanPublish()) {
            throw new EventPublishException("the user may not publish to " + topic, null);
        }
        Schema schema = schemas.get(info.getSchemaId());
        PublishRequest.Builder request = PublishRequest.newBuilder().setTopicName(topic);
        Instant now = Instant.now();
        for (Map<String, ?> fields : events) {
            byte[] payload;
            try {
                payload = PayloadEncoder.encode(schema, fields, session.userId(), now);
            } catch (IllegalArgumentException misfit) {
                throw new EventPublishException("cannot publish to " + topic + ": " + misfit.getMessage(), misfit);
            }
            request.addEvents(ProducerEvent.newBuilder().setId(UUID.randomUUID().toString())
                    .setSchemaId(info.getSchemaId()).setPayload(ByteString.copyFrom(payload)));
        }
        PublishResponse response = stubs.blocking(session).publish(request.build());
        return response.getResultsList().stream().map(result -> result.hasError()
                ? new PublishResult(result.getCorrelationKey(), null, new PublishFailure(
                        result.getError().getCode().name(), result.getError().getMsg()))
                : new PublishResult(result.getCorrelationKey(),
                        ReplayIds.toPosition(result.getReplayId(), topic), null)).toList();
    }

    private EventPublishException failure(String topic, StatusRuntimeException failed) {
        return new EventPublishException("publishing to " + topic + " over the Pub/Sub API failed: "
                + stubs.explain(failed).orElseGet(() -> RpcFailure.of(failed).describe()), failed);
    }

    @Override
    public void close() {
        try {
            stubs.close(Duration.ofSeconds(2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
