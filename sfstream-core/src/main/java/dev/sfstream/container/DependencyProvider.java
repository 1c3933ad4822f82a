package dev.sfstream.container;

/**
 * Supplies the value of {@link Dependency} fields of one type. The container calls {@link #start} once
 * when the service starts, {@link #get} for every worker (so the value can be bound to the worker,
 * as an event dispatcher is to its call id stack) and {@link #stop} once when it stops.
 *
 * @param <T> the field type it serves
 */
public interface DependencyProvider<T> {
    /** The field type this provider serves. */
    Class<T> type();

    /** Opens what the dependency needs (connections, pools); a failure stops the service from starting. */
    default void start(ServiceContext service) throws Exception {
    }

    /** The value to inject for one worker. */
    T get(WorkerContext worker);

    /** Releases what {@link #start} opened. */
    default void stop() {
    }
}
