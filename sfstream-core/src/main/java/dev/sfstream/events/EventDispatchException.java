package dev.sfstream.events;

import dev.sfstream.failure.DependencyUnavailable;
import dev.sfstream.failure.SfstreamException;

/**
 * An event could not be published, or the broker did not confirm it. Unless the event itself cannot be
 * written, this means the broker was unavailable ({@link #dependencyUnavailable()}): the handler's event is then
 * held and retried, never dead-lettered.
 */
public class EventDispatchException extends SfstreamException implements DependencyUnavailable {
    private final boolean brokerUnavailable;

    /** The broker did not take the event (unreachable, refusing, closed, or no confirm in time). */
    public EventDispatchException(String message, Throwable cause) {
        this(message, cause, true);
    }

    /**
     * @param brokerUnavailable false when the event itself is at fault (for example its payload cannot be written
     *     as JSON), so that retrying cannot help
     */
    public EventDispatchException(String message, Throwable cause, boolean brokerUnavailable) {
        super(message, cause);
        this.brokerUnavailable = brokerUnavailable;
    }

    @Override
    public boolean dependencyUnavailable() {
        return brokerUnavailable;
    }
}
