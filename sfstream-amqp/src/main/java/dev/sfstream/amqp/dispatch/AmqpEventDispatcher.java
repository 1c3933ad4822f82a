package dev.sfstream.amqp.dispatch;

import dev.sfstream.amqp.dispatch.internal.EventPublisher;
import dev.sfstream.amqp.wire.EventExchange;
import dev.sfstream.amqp.wire.PythonJson;
import dev.sfstream.events.EventDispatchException;
import dev.sfstream.events.EventDispatcher;
import java.util.Map;

/**
 * An {@link EventDispatcher} that publishes Nameko events for one source service, with a fixed set of
 * headers (a worker's call id stack and context data, or none for the standalone dispatcher).
 */
public final class AmqpEventDispatcher implements EventDispatcher {
    private final EventPublisher publisher;
    private final PythonJson json;
    private final String sourceService;
    private final Map<String, Object> headers;

    AmqpEventDispatcher(EventPublisher publisher, PythonJson json, String sourceService,
                        Map<String, Object> headers) {
        this.publisher = publisher;
        this.json = json;
        this.sourceService = sourceService;
        this.headers = Map.copyOf(headers);
    }

    @Override
    public void dispatch(String eventType, Object payload) {
        if (eventType == null || eventType.isEmpty()) {
            throw new IllegalArgumentException("eventType must not be empty (service " + sourceService + ")");
        }
        byte[] body;
        try {
            body = json.toBytes(payload);
        } catch (IllegalArgumentException e) {
            throw new EventDispatchException("cannot write the payload of event '" + eventType + "' as JSON: "
                    + e.getMessage(), e, false);
        }
        publisher.publish(EventExchange.name(sourceService), eventType, headers, body);
    }

    /** The service whose exchange this dispatcher publishes to. */
    public String sourceService() {
        return sourceService;
    }

    /** The application headers sent with every event. */
    public Map<String, Object> headers() {
        return headers;
    }
}
