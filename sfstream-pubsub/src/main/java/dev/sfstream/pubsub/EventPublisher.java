package dev.sfstream.pubsub;

import dev.sfstream.auth.SessionSource;
import dev.sfstream.pubsub.internal.PubSubPublisher;
import dev.sfstream.pubsub.internal.RestPublisher;
import dev.sfstream.rest.SalesforceApi;
import java.util.List;
import java.util.Map;

/**
 * Publishes platform events ({@code Name__e}): over the Pub/Sub API ({@code Publish}, Avro-encoded with the event's
 * schema) when {@code SALESFORCE.TRANSPORT} is {@code pubsub}, else through REST. Inject it with
 * {@code @Dependency EventPublisher publisher}. An event Salesforce refuses does not throw: its
 * {@link PublishResult} carries a {@link PublishFailure}; a call that fails as a whole (no access, Salesforce
 * unreachable) throws {@link EventPublishException}. Safe for concurrent use.
 */
public interface EventPublisher extends AutoCloseable {
    /**
     * Publishes one event of {@code eventName} ({@code Order__e}, or a topic such as {@code /event/Order__e}) with
     * these field values.
     */
    default PublishResult publish(String eventName, Map<String, ?> fields) {
        return publishAll(eventName, List.of(fields)).get(0);
    }

    /** Publishes several events of one kind in one call; one result per event, in order. */
    List<PublishResult> publishAll(String eventName, List<? extends Map<String, ?>> events);

    @Override
    void close();

    /** A publisher over the Pub/Sub API, with its own gRPC channel. */
    static EventPublisher pubSub(SessionSource sessions, PubSubSettings settings) {
        return new PubSubPublisher(sessions, settings);
    }

    /** A publisher through REST ({@code POST sobjects/Name__e}); {@code api} stays the caller's to close. */
    static EventPublisher rest(SalesforceApi api) {
        return new RestPublisher(api);
    }
}
