package dev.sfstream.amqp.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerConnector;
import dev.sfstream.amqp.dispatch.internal.EventPublisher;
import dev.sfstream.amqp.wire.PythonJson;
import dev.sfstream.events.EventDispatcher;
import java.util.Map;

/**
 * Dispatches Nameko events from outside any service, like Nameko's
 * {@code standalone.events.event_dispatcher(config)}: events carry no context headers, so receivers
 * start a fresh call id stack. Keeps one broker connection until {@link #close()}.
 */
public final class StandaloneEventDispatcher implements AutoCloseable {
    private final EventPublisher publisher;
    private final PythonJson json;

    private StandaloneEventDispatcher(AmqpConfig config, String connectionName, ObjectMapper mapper) {
        this.publisher = new EventPublisher(new BrokerConnector(config), connectionName, AmqpConfig.RECONNECT_BACK_OFF);
        this.json = new PythonJson(mapper);
    }

    /** A dispatcher for the broker in a service configuration ({@code AMQP_URI} and friends). */
    public static StandaloneEventDispatcher fromConfig(Map<String, ?> config) {
        return create(AmqpConfig.from(config), "sfstream:standalone:events");
    }

    /** A dispatcher with explicit settings and connection name. */
    public static StandaloneEventDispatcher create(AmqpConfig config, String connectionName) {
        return new StandaloneEventDispatcher(config, connectionName, JsonMapper.builder().findAndAddModules().build());
    }

    /** Publishes {@code payload} as event {@code eventType} of {@code sourceService}; returns once confirmed. */
    public void dispatch(String sourceService, String eventType, Object payload) {
        forService(sourceService).dispatch(eventType, payload);
    }

    /** An {@link EventDispatcher} publishing as {@code sourceService}, sharing this connection. */
    public EventDispatcher forService(String sourceService) {
        if (sourceService == null || sourceService.isEmpty()) {
            throw new IllegalArgumentException("sourceService must not be empty");
        }
        return new AmqpEventDispatcher(publisher, json, sourceService, Map.of());
    }

    @Override
    public void close() {
        publisher.close();
    }
}
