package dev.sfstream.container;

import dev.sfstream.failure.Failure;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The SPI for entrypoint kinds: Salesforce streaming ({@code @Subscribe}, {@code @HandleNotification},
 * {@code @HandleSObjectNotification}) is one, {@code sfstream-amqp}'s {@code @EventHandler} another. An extension
 * claims one or more method annotations ({@link #annotationTypes()}). When a service class is scanned, the
 * container hands every method carrying one of them (one {@link EntrypointMethod} per annotation, so repeatable
 * annotations stack) to {@link #validate}, then all of the service's entrypoints of this extension to
 * {@link #validateService} for checks across entrypoints; both throw {@link InvalidServiceException} (made with
 * {@link EntrypointMethod#invalid}) for a bad signature or option. An extension may also serve
 * {@link #dependencies()}. When the service starts, the container starts the dependencies, then calls
 * {@link #start(ServiceContext, List, HandlerInvoker, Startup)} once on each extension that has entrypoints in
 * the service or serves one of its dependencies, in registration order: the built-in Salesforce extension first,
 * then those given to the builder, then those found with {@link java.util.ServiceLoader}. The extension then
 * consumes its source (for example a RabbitMQ queue) and calls {@link HandlerInvoker#invoke} for each message on a
 * thread of its own, acknowledging or rejecting the message by the outcome; the container supplies the worker
 * context (from the context data and parent call ids the extension passes, e.g. Nameko headers), a fresh service
 * instance and its dependencies. On stop the container stops the extensions newest first, calling
 * {@link Running#stop} (finish in-flight messages within the timeout) or {@link Running#kill}. Extensions are found
 * with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.sfstream.container.EntrypointExtension}; a new instance per container) or registered
 * on the container's builder.
 */
public interface EntrypointExtension {
    /** The method annotation this extension serves (its first, when it serves several); it may be repeatable. */
    Class<? extends Annotation> annotationType();

    /** Every method annotation this extension serves, in the order error messages list them. */
    default List<Class<? extends Annotation>> annotationTypes() {
        return List.of(annotationType());
    }

    /**
     * Checks one entrypoint when the service class is scanned, before anything starts.
     *
     * @throws InvalidServiceException made with {@link EntrypointMethod#invalid} when it cannot work
     */
    default void validate(EntrypointMethod entrypoint) {
    }

    /**
     * Checks the service's entrypoints of this extension together, after each passed {@link #validate}, e.g. that
     * two entrypoints do not ask for one resource in different ways. Not called when the service has none.
     *
     * @param entrypoints every entrypoint of this extension in the service, in a stable order
     * @throws InvalidServiceException naming the entrypoints at fault
     */
    default void validateService(List<EntrypointMethod> entrypoints) {
    }

    /**
     * The dependency providers this extension serves (for example a client sharing the extension's connection).
     * They rank below providers found with {@link java.util.ServiceLoader} and those given to the builder; when the
     * service uses one of them, the extension is started even without entrypoints, and its {@code get} is called
     * only after the extension started. Called once per container.
     */
    default List<DependencyProvider<?>> dependencies() {
        return List.of();
    }

    /**
     * Starts delivering to the service's entrypoints of this kind; returns once they are ready to receive.
     *
     * @param service the service's name and whole configuration
     * @param entrypoints every entrypoint of this kind in the service, in a stable order
     * @param invoker runs a worker for one entrypoint
     * @throws Exception when it cannot start; the container then stops what it started and fails
     */
    default Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker)
            throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " implements no start method");
    }

    /**
     * Starts delivering, like {@link #start(ServiceContext, List, HandlerInvoker)} (which it calls by default),
     * with the container's {@link Startup} to name steps, hand over started parts and report a later failure.
     * {@code entrypoints} is empty when the extension starts only for a dependency it serves.
     *
     * @throws Exception when it cannot start; the container then stops what it started and fails
     */
    default Running start(ServiceContext service, List<EntrypointMethod> entrypoints, HandlerInvoker invoker,
                          Startup startup) throws Exception {
        return start(service, entrypoints, invoker);
    }

    /** The container's side of an extension's start and run. */
    interface Startup {
        /**
         * Names the step about to run, so that a failing start reads
         * {@code Service <name> failed to start while <description>: <cause>}.
         */
        void step(String description);

        /**
         * Hands a started part (a connection, a session) to the container, which stops it with the service, after
         * the extension's own {@link Running}, newest first, and also when a later step of the start fails.
         */
        void started(String name, Running part);

        /**
         * Tells the container that the started extension failed for good (for example its source gave up): the
         * service moves to {@link ContainerState#FAILED} and its failure listeners are told. May be called from
         * any thread, also while the start is still running; never blocks.
         */
        void failed(Failure failure);
    }

    /** A started extension, or a part of one. */
    interface Running {
        /** Stops taking new messages and waits up to {@code timeout} for handlers in flight. */
        void stop(Duration timeout);

        /** Stops at once, abandoning handlers in flight. */
        void kill();

        /**
         * Whether it takes input now; false while it stands by, e.g. a replica that does not hold the leader lease.
         * Default: true.
         */
        default boolean isActive() {
            return true;
        }

        /** A part that stops with {@code stop} and is killed with {@code kill}. */
        static Running of(Consumer<Duration> stop, Runnable kill) {
            Objects.requireNonNull(stop, "stop");
            Objects.requireNonNull(kill, "kill");
            return new Running() {
                @Override
                public void stop(Duration timeout) {
                    stop.accept(timeout);
                }

                @Override
                public void kill() {
                    kill.run();
                }
            };
        }
    }
}
