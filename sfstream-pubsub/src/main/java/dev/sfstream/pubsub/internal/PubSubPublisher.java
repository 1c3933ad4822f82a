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
import io.grpc.ClientInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;

/**
 * Publishes platform events: the topic's current schema ({@code GetTopic}, then {@code GetSchema}, cached by id), one
 * UUID per event as its id and correlation key. Events go in requests of at most {@value #MAX_EVENTS_PER_REQUEST}
 * events and about 3 MB (Salesforce's recommendation): one request with {@code Publish}, several on one
 * {@code PublishStream}. A refused token is renewed once and the call repeated; a stream that fails after some
 * requests were answered leaves the events of the others with a failure of the stream's status.
 */
public final class PubSubPublisher implements EventPublisher {
    static final int MAX_EVENTS_PER_REQUEST = 200;
    static final int MAX_REQUEST_BYTES = 3 * 1024 * 1024;

    private final SessionSource sessions;
    private final PubSubStubs stubs;
    private final SchemaCache schemas;

    public PubSubPublisher(SessionSource sessions, PubSubSettings settings) {
        this(sessions, settings, List.of());
    }

    /** @param interceptors added to the publisher's gRPC channel, e.g. for tracing */
    public PubSubPublisher(SessionSource sessions, PubSubSettings settings, List<ClientInterceptor> interceptors) {
        this.sessions = sessions;
        this.stubs = new PubSubStubs(settings, sessions.network(), interceptors);
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
        List<PublishRequest> requests = requests(topic, encode(topic, schema, info.getSchemaId(), events, session));
        if (requests.size() == 1) {
            return results(topic, stubs.blocking(session).publish(requests.get(0)));
        }
        List<PublishResult> results = new ArrayList<>();
        List<PublishResponse> answered;
        RpcFailure failure = null;
        try {
            answered = PublishStreamCall.publish(stubs.async(session), requests,
                    StreamSupervisor.CALL_DEADLINE.multipliedBy(requests.size()));
        } catch (PublishStreamCall.PartialPublish partial) {
            answered = partial.answered();
            failure = RpcFailure.of(partial.status());
        }
        answered.forEach(response -> results.addAll(results(topic, response)));
        for (PublishRequest unanswered : requests.subList(answered.size(), requests.size())) {
            for (ProducerEvent event : unanswered.getEventsList()) {
                results.add(new PublishResult(event.getId(), null, new PublishFailure(failure.code().name(),
                        "not published: PublishStream failed before answering: " + failure.describe())));
            }
        }
        return results;
    }

    private static List<ProducerEvent> encode(String topic, Schema schema, String schemaId,
                                              List<? extends Map<String, ?>> events, Session session) {
        Instant now = Instant.now();
        List<ProducerEvent> encoded = new ArrayList<>(events.size());
        for (Map<String, ?> fields : events) {
            byte[] payload;
            try {
                payload = PayloadEncoder.encode(schema, fields, session.userId(), now);
            } catch (IllegalArgumentException misfit) {
                throw new EventPublishException("cannot publish to " + topic + ": " + misfit.getMessage(), misfit);
            }
            encoded.add(ProducerEvent.newBuilder().setId(UUID.randomUUID().toString())
                    .setSchemaId(schemaId).setPayload(ByteString.copyFrom(payload)).build());
        }
        return encoded;
    }

    /** The events in requests of at most {@value #MAX_EVENTS_PER_REQUEST} events and about 3 MB, in order. */
    static List<PublishRequest> requests(String topic, List<ProducerEvent> events) {
        List<PublishRequest> requests = new ArrayList<>();
        PublishRequest.Builder request = PublishRequest.newBuilder().setTopicName(topic);
        int bytes = 0;
        for (ProducerEvent event : events) {
            int size = event.getSerializedSize();
            if (request.getEventsCount() > 0 && (request.getEventsCount() == MAX_EVENTS_PER_REQUEST
                    || bytes + size > MAX_REQUEST_BYTES)) {
                requests.add(request.build());
                request = PublishRequest.newBuilder().setTopicName(topic);
                bytes = 0;
            }
            request.addEvents(event);
            bytes += size;
        }
        requests.add(request.build());
        return requests;
    }

    private static List<PublishResult> results(String topic, PublishResponse response) {
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
