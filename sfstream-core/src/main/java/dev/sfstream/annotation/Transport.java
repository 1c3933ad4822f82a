package dev.sfstream.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the transport of a Salesforce entrypoint's channels, overriding {@code SALESFORCE.TRANSPORT}:
 * {@code @Subscribe("/event/Order__e") @Transport("pubsub")}. {@code pubsub} on a {@code /topic/} or {@code /u/}
 * channel fails the start: the Pub/Sub API does not carry them. {@code managedSubscription} subscribes the channel
 * with Pub/Sub's {@code ManagedSubscribe}: Salesforce keeps its position, committed as events are done, instead of
 * the replay store.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Transport {
    /** {@code cometd} or {@code pubsub}. */
    String value();

    /**
     * The developer name (or {@code 18x...} record id) of the Pub/Sub managed event subscription to subscribe the
     * channel with; empty (the default) for a plain subscription. Needs {@code pubsub}.
     */
    String managedSubscription() default "";
}
