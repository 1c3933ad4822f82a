package dev.sfstream.testkit;

import dev.sfstream.container.WorkerContext;
import dev.sfstream.notification.Notification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One finished handler call.
 *
 * @param method the handler method's name
 * @param worker the worker's context
 * @param arguments the arguments the handler got (the notification last)
 * @param result what it returned, null on failure
 * @param failure what it threw, null on success
 */
public record WorkerCall(String method, WorkerContext worker, List<Object> arguments, Object result,
                         Throwable failure) {
    public WorkerCall {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    /** The notification the handler got, or null for an entrypoint that takes none. */
    public Notification notification() {
        return arguments.isEmpty() || !(arguments.get(arguments.size() - 1) instanceof Notification notification)
                ? null : notification;
    }

    /** Whether the handler returned without throwing. */
    public boolean succeeded() {
        return failure == null;
    }
}
