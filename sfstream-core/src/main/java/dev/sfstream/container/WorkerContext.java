package dev.sfstream.container;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        String callId = serviceName + "." + entrypoint + "." + randomUuid();
        if (parentCallIds.isEmpty()) {
            return new WorkerContext(serviceName, entrypoint, List.of(callId), data);
        }
        int kept = Math.min(parentCallIds.size(), PARENT_CALLS_TRACKED);
        String[] stack = new String[kept + 1];
        for (int i = 0; i < kept; i++) {
            stack[i] = parentCallIds.get(parentCallIds.size() - kept + i);
        }
        stack[kept] = callId;
        return new WorkerContext(serviceName, entrypoint, List.of(stack), data);
    }

    /**
     * A version 4 UUID, as Nameko's {@code uuid4()}. A call id must be unique, not unpredictable: drawn from the
     * thread's own generator, because {@link UUID#randomUUID()} serialises every worker on one SecureRandom.
     */
    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** This worker's own call id. */
    public String callId() {
        return callIdStack.get(callIdStack.size() - 1);
    }
}
