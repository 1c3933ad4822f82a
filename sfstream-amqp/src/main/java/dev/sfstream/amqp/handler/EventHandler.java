package dev.sfstream.amqp.handler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Handles Nameko events of {@code eventType} dispatched by {@code sourceService}, as Nameko's
 * {@code @event_handler}. The method takes one argument, the decoded event payload (a {@code Map},
 * {@code List}, {@code String}, number, boolean or {@code null}, or any type Jackson can convert it to).
 * The message is acknowledged once the method returns, and also when it throws unless
 * {@link #requeueOnError()} is set.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(EventHandlers.class)
public @interface EventHandler {
    /** The name of the service that dispatches the events. */
    String sourceService();

    /** The event type (routing key) to bind to. */
    String eventType();

    /** How instances share events; see {@link HandlerType}. */
    HandlerType handlerType() default HandlerType.SERVICE_POOL;

    /** Keep the queue (not auto-delete) while no consumer is attached, so no event is missed. */
    boolean reliableDelivery() default true;

    /** Put the event back on the queue when the handler throws, instead of acknowledging it. */
    boolean requeueOnError() default false;
}
