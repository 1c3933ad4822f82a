package dev.sfstream.amqp.handler;

import dev.sfstream.amqp.wire.EventExchange;
import java.util.Optional;
import java.util.UUID;

/**
 * One event handler's queue, named and flagged exactly as Nameko 2.14 does.
 *
 * @param serviceName the consuming service
 * @param methodName the handler method
 * @param sourceService the service whose {@code {source}.events} exchange is consumed
 * @param eventType the binding key
 * @param handlerType how instances share events
 * @param reliableDelivery whether the queue survives without consumers
 * @param requeueOnError whether a failing handler puts the event back
 * @param broadcastIdentifier the instance's identifier in a broadcast queue name, {@code null} otherwise
 */
public record EventSubscription(String serviceName, String methodName, String sourceService, String eventType,
                                HandlerType handlerType, boolean reliableDelivery, boolean requeueOnError,
                                String broadcastIdentifier) {
    public EventSubscription {
        requireText(serviceName, "serviceName", methodName);
        requireText(methodName, "methodName", methodName);
        requireText(sourceService, "sourceService", methodName);
        requireText(eventType, "eventType", methodName);
        if (handlerType == HandlerType.BROADCAST && broadcastIdentifier == null) {
            throw new EventHandlerConfigurationException("event handler " + serviceName + "." + methodName
                    + ": a BROADCAST handler needs a broadcast identifier");
        }
        if (handlerType != HandlerType.BROADCAST) {
            broadcastIdentifier = null;
        }
    }

    /**
     * The subscription of one handler method of one service instance, with Nameko's default broadcast
     * identifier: a fresh {@code uuid4().hex}, which is why such a handler must not ask for reliable delivery.
     *
     * @throws EventHandlerConfigurationException for a BROADCAST handler with {@code reliableDelivery = true}
     */
    public static EventSubscription of(String serviceName, String methodName, EventHandler handler) {
        return of(serviceName, methodName, handler, Optional.empty());
    }

    /**
     * The subscription of one handler method of one service instance. A BROADCAST handler's queue name ends
     * with {@code broadcastIdentifier}, or with a fresh {@code uuid4().hex} when it is empty (Nameko's
     * default). Only a fixed identifier lets a broadcast queue be reliable: the instance finds its queue,
     * and the events that arrived meanwhile, again after a restart.
     *
     * @throws EventHandlerConfigurationException for a BROADCAST handler with {@code reliableDelivery = true}
     *     and no broadcast identifier
     */
    public static EventSubscription of(String serviceName, String methodName, EventHandler handler,
                                       Optional<String> broadcastIdentifier) {
        String where = serviceName + "." + methodName;
        check(where, handler);
        String identifier = null;
        if (handler.handlerType() == HandlerType.BROADCAST) {
            if (handler.reliableDelivery() && broadcastIdentifier.isEmpty()) {
                throw new EventHandlerConfigurationException("event handler " + where + " (@EventHandler "
                        + handler.sourceService() + "/" + handler.eventType() + "): handlerType BROADCAST uses a"
                        + " new random queue per instance, which cannot be reliable; set reliableDelivery = false,"
                        + " or give the service a fixed BROADCAST_IDENTIFIER");
            }
            identifier = broadcastIdentifier.orElseGet(() -> UUID.randomUUID().toString().replace("-", ""));
        }
        return new EventSubscription(serviceName, methodName, handler.sourceService(), handler.eventType(),
                handler.handlerType(), handler.reliableDelivery(), handler.requeueOnError(), identifier);
    }

    /**
     * Checks the options of {@code handler} on the method {@code where} names, as far as they do not depend
     * on the configuration (a reliable BROADCAST handler needs {@code BROADCAST_IDENTIFIER}).
     */
    public static void check(String where, EventHandler handler) {
        requireText(handler.sourceService(), "sourceService", where);
        requireText(handler.eventType(), "eventType", where);
    }

    /** The exchange consumed: {@code {sourceService}.events}. */
    public String exchange() {
        return EventExchange.name(sourceService);
    }

    /** Nameko's queue name for this handler type. */
    public String queueName() {
        String base = "evt-" + sourceService + "-" + eventType;
        return switch (handlerType) {
            case SINGLETON -> base;
            case SERVICE_POOL -> base + "--" + serviceName + "." + methodName;
            case BROADCAST -> base + "--" + serviceName + "." + methodName + "-" + broadcastIdentifier;
        };
    }

    /** Queues are always durable. */
    public boolean durable() {
        return true;
    }

    /** Unreliable queues are deleted when their last consumer goes. */
    public boolean autoDelete() {
        return !reliableDelivery;
    }

    /** Only an unreliable broadcast queue is exclusive to its connection. */
    public boolean exclusive() {
        return handlerType == HandlerType.BROADCAST && !reliableDelivery;
    }

    private static void requireText(String value, String name, String where) {
        if (value == null || value.isEmpty()) {
            throw new EventHandlerConfigurationException("event handler " + where + ": " + name
                    + " must not be empty");
        }
    }
}
