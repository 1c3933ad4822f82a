package dev.sfstream.container;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;

/**
 * The SPI for entrypoint kinds that live outside the core, such as {@code sfstream-amqp}'s
 * {@code @EventHandler}. An extension claims one method annotation. When a service class is scanned, the
 * container hands every method carrying that annotation (one {@link EntrypointMethod} per annotation, so
 * repeatable annotations stack) to {@link #validate}, which throws {@link EntrypointMethod#invalid} for a
 * bad signature or option. When the service starts, after the Salesforce entrypoints are subscribed, the
 * container calls {@link #start} once with all of the service's methods for this annotation and a
 * {@link HandlerInvoker}; the extension then consumes its source (for example a RabbitMQ queue) and calls
 * {@link HandlerInvoker#invoke} for each message on a thread of its own, acknowledging or rejecting the
 * message by the outcome; the container supplies the worker context (from the context data and parent call
 * ids the extension passes, e.g. Nameko headers), a fresh service instance and its dependencies. On stop the
 * container calls {@link Running#stop} (finish in-flight messages within the timeout) or {@link Running#kill}.
 * Extensions are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.sfstream.container.EntrypointExtension}; a new instance per container) or
 * registered on the container's builder.
 */
public interface EntrypointExtension {
    /** The method annotation this extension serves; it may be {@link java.lang.annotation.Repeatable}. */
    Class<? extends Annotation> annotationType();

    /**
     * Checks one entrypoint when the service class is scanned, before anything starts.
     *
     * @throws InvalidServiceException made with {@link EntrypointMethod#invalid} when it cannot work
     */
    default void validate(EntrypointMethod entrypoint) {
    }

    /**
     * Starts delivering to the service's entrypoints of this kind; returns once they are ready to receive.
     *
     * @param service the service's name and whole configuration
     * @param entrypoints every entrypoint of this kind in the service, in a stable order
     * @param invoker runs a worker for one entrypoint
     * @throws Exception when it cannot start; the container then stops what it started and fails
     */
    Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker)
            throws Exception;

    /** A started extension. */
    interface Running {
        /** Stops taking new messages and waits up to {@code timeout} for handlers in flight. */
        void stop(Duration timeout);

        /** Stops at once, abandoning handlers in flight. */
        void kill();
    }
}
