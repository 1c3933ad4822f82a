package dev.sfstream.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one handler invocation (a worker) knows about itself: its service and entrypoint, its call id
 * and the stack of calls that led to it, and the context data that travels with events it dispatches
 * (for streaming workers {@code client_id} and {@code replay_id}).
 *
 * @param serviceName the service's name
 * @param entrypoint the handler method's name
 * @param callIdStack parent call ids followed by this worker's own call id (at most 11 entries)
 * @param data context data, forwarded as {@code nameko.<key>} headers; values are strings or numbers
 */
public record WorkerContext(String serviceName, String entrypoint, List<String> callIdStack,
                            Map<String, Object> data) {
    /** How many parent calls Nameko keeps in a stack before the worker's own. */
    public static final int PARENT_CALLS_TRACKED = 10;

    public WorkerContext {
        callIdStack = List.copyOf(callIdStack);
        data = Map.copyOf(data);
    }

    /**
     * Starts a worker: a new call id {@code service.method.uuid} is appended to the last
     * {@value #PARENT_CALLS_TRACKED} parent call ids.
     */
    public static WorkerContext start(String serviceName, String entrypoint, List<String> parentCallIds,
                                      Map<String, Object> data) {
        List<String> stack = new ArrayList<>(parentCallIds.subList(
                Math.max(0, parentCallIds.size() - PARENT_CALLS_TRACKED), parentCallIds.size()));
        stack.add(serviceName + "." + entrypoint + "." + UUID.randomUUID());
        return new WorkerContext(serviceName, entrypoint, stack, data);
    }

    /** This worker's own call id. */
    public String callId() {
        return callIdStack.get(callIdStack.size() - 1);
    }
}
