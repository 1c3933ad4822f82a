package dev.sfstream.amqp.handler;

/** How the instances of event handlers share the events of one type, as Nameko's {@code handler_type}. */
public enum HandlerType {
    /** One queue per handler method of a service; the instances of that service compete for events. */
    SERVICE_POOL,
    /** One queue per source service and event type; every handler of any service competes. */
    SINGLETON,
    /**
     * One queue per service instance; every instance gets every event. The queue name ends with the
     * instance's {@code BROADCAST_IDENTIFIER}, or with a random one, which needs {@code reliableDelivery = false}.
     */
    BROADCAST
}
