package dev.sfstream.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the transport of a Salesforce entrypoint's channels, overriding {@code SALESFORCE.TRANSPORT}:
 * {@code @Subscribe("/event/Order__e") @Transport("pubsub")}. {@code pubsub} on a {@code /topic/} or {@code /u/}
 * channel fails the start: the Pub/Sub API does not carry them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Transport {
    /** {@code cometd} or {@code pubsub}. */
    String value();
}
