package dev.sfstream.amqp.handler;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sfstream.amqp.broker.AmqpConfig;
import dev.sfstream.container.EntrypointExtension;
import dev.sfstream.container.EntrypointMethod;
import dev.sfstream.container.HandlerInvoker;
import dev.sfstream.container.ServiceContext;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugs {@link EventHandler} into the service container: validates handler methods when the service
 * class is scanned and, on start, consumes their queues with an {@link EventConsumer}, calling the
 * container's {@link HandlerInvoker} with the payload (converted by Jackson to the method's parameter
 * type) and the sender's Nameko context, so events the handler dispatches continue the call id stack.
 */
public final class EventHandlerExtension implements EntrypointExtension {
    @Override
    public Class<? extends Annotation> annotationType() {
        return EventHandler.class;
    }

    @Override
    public void validate(EntrypointMethod entrypoint) {
        if (entrypoint.method().getParameterCount() != 1) {
            throw entrypoint.invalid("an @EventHandler method takes exactly one parameter, the event payload; it has "
                    + entrypoint.method().getParameterCount());
        }
        try {
            EventSubscription.check(entrypoint.serviceClass().getSimpleName() + "." + entrypoint.name(),
                    (EventHandler) entrypoint.annotation());
        } catch (EventHandlerConfigurationException e) {
            throw entrypoint.invalid(e.getMessage());
        }
    }

    @Override
    public Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker)
            throws Exception {
        AmqpConfig config = AmqpConfig.from(service.config());
        // built here, not with the extension: every service start loads the extension, most have no @EventHandler
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
        Map<EventSubscription, EntrypointMethod> methods = new IdentityHashMap<>();
        List<EventSubscription> subscriptions = new ArrayList<>();
        for (EntrypointMethod entrypoint : entrypoints) {
            validate(entrypoint);
            EventSubscription subscription;
            try {
                subscription = EventSubscription.of(service.serviceName(), entrypoint.name(),
                        (EventHandler) entrypoint.annotation(), config.broadcastIdentifier());
            } catch (EventHandlerConfigurationException e) {
                throw entrypoint.invalid(e.getMessage());
            }
            subscriptions.add(subscription);
            methods.put(subscription, entrypoint);
        }
        EventConsumer consumer = EventConsumer.start(config, EventConsumer.connectionName(service.serviceName()),
                subscriptions, (subscription, payload, contextData, parentCallIds) -> {
                    EntrypointMethod entrypoint = methods.get(subscription);
                    invoker.invoke(entrypoint, Arrays.asList(argument(mapper, entrypoint, payload)), contextData,
                            parentCallIds);
                });
        return Running.of(consumer::stop, consumer::kill);
    }

    private static Object argument(ObjectMapper mapper, EntrypointMethod entrypoint, Object payload) {
        Class<?> parameter = entrypoint.method().getParameterTypes()[0];
        if (payload == null || parameter == Object.class) {
            return payload;
        }
        JavaType type = mapper.constructType(entrypoint.method().getGenericParameterTypes()[0]);
        try {
            return mapper.convertValue(payload, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(entrypoint.describe() + ": the event payload cannot be converted to "
                    + type + ": " + e.getMessage(), e);
        }
    }
}
