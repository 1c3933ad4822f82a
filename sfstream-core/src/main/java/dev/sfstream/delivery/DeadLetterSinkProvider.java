package dev.sfstream.delivery;

import dev.sfstream.container.ServiceContext;

/**
 * Makes the dead-letter sink that {@code DEAD_LETTER} names. Found with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/dev.sfstream.delivery.DeadLetterSinkProvider}); {@code sfstream-redis}
 * provides {@code redis}. A sink that is {@link AutoCloseable} is closed when the service stops.
 */
public interface DeadLetterSinkProvider {
    /** The {@code DEAD_LETTER} value this provider serves, e.g. {@code redis}. */
    String target();

    /**
     * Opens the sink of one service.
     *
     * @throws Exception when the sink cannot be reached; the service then does not start
     */
    DeadLetterSink open(ServiceContext service) throws Exception;
}
