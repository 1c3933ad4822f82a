package dev.sfstream.amqp.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.amqp.broker.BrokerConnectException;
import dev.sfstream.amqp.broker.BrokerConnector;
import dev.sfstream.amqp.dispatch.internal.EventPublisher;
import dev.sfstream.amqp.wire.NamekoHeaders;
import dev.sfstream.amqp.wire.PythonJson;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Serves {@code @Dependency EventDispatcher} fields: one broker connection per service (named
 * {@code sfstream:{service}:events}), and per worker a dispatcher that sends the worker's call id stack
 * and context data as Nameko headers. Reads {@code AMQP_URI} and the other keys of {@link AmqpConfig}.
 */
public final class EventDispatcherProvider implements DependencyProvider<EventDispatcher> {
    private final ObjectMapper mapper;
    private String serviceName;
    private EventPublisher publisher;
    private PythonJson json;

    /** A provider with Jackson's mapper and the modules on the class path, built when a service starts it. */
    public EventDispatcherProvider() {
        // every service start loads the registered providers; most services never start this one
        this.mapper = null;
    }

    /** A provider whose payloads are mapped to JSON values by {@code mapper}. */
    public EventDispatcherProvider(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The connection name a service's dispatcher uses, as shown by {@code rabbitmqctl list_connections}. */
    public static String connectionName(String serviceName) {
        return "sfstream:" + serviceName + ":events";
    }

    @Override
    public Class<EventDispatcher> type() {
        return EventDispatcher.class;
    }

    /**
     * Connects to the broker, so that an unreachable broker, a wrong password or an unknown vhost fails
     * the service's start instead of its first dispatch.
     *
     * @throws UncheckedIOException with the {@link BrokerConnectException}'s message, which names
     *     {@code AMQP_URI} (without the password) and what went wrong
     */
    @Override
    public synchronized void start(ServiceContext service) {
        AmqpConfig config = AmqpConfig.from(service.config());
        EventPublisher connecting = new EventPublisher(new BrokerConnector(config),
                connectionName(service.serviceName()), AmqpConfig.RECONNECT_BACK_OFF);
        try {
            connecting.connect();
        } catch (BrokerConnectException e) {
            connecting.close();
            throw new UncheckedIOException(e.getMessage(), e);
        }
        serviceName = service.serviceName();
        json = new PythonJson(mapper != null ? mapper : JsonMapper.builder().findAndAddModules().build());
        publisher = connecting;
    }

    @Override
    public synchronized EventDispatcher get(WorkerContext worker) {
        if (publisher == null) {
            throw new IllegalStateException("EventDispatcherProvider.get called before start (or after stop)");
        }
        return new AmqpEventDispatcher(publisher, json, serviceName, NamekoHeaders.encode(worker));
    }

    @Override
    public synchronized void stop() {
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }
}
