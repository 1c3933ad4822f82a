package dev.sfstream.failure;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Implemented by exceptions that can say a handler failed because something it depends on (the broker, Redis,
 * Salesforce REST) did not answer or refused, not because of the event. Such a failure is not a poison event:
 * the event is neither retried to exhaustion nor dead-lettered; its channel holds and retries with back-off
 * until the dependency answers again, and the replay watermark stays behind it. A custom dependency throws
 * {@link DependencyUnavailableException}, or an exception of its own that implements this interface.
 */
public interface DependencyUnavailable {
    /** Whether this failure means the dependency was unavailable; true unless the exception knows better. */
    default boolean dependencyUnavailable() {
        return true;
    }

    /**
     * Whether {@code failure}, one of its causes, or one of their suppressed exceptions says a dependency was
     * unavailable.
     */
    static boolean in(Throwable failure) {
        return in(failure, new IdentityHashMap<>());
    }

    private static boolean in(Throwable failure, Map<Throwable, Boolean> seen) {
        for (Throwable each = failure; each != null && seen.put(each, true) == null; each = each.getCause()) {
            if (each instanceof DependencyUnavailable marked && marked.dependencyUnavailable()) {
                return true;
            }
            for (Throwable suppressed : each.getSuppressed()) {
                if (in(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
