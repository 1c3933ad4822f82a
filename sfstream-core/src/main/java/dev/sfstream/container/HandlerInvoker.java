package dev.sfstream.container;

import java.util.List;
import java.util.Map;

/**
 * Runs one worker for an entrypoint: the container makes the worker context and the service instance,
 * injects the dependencies, calls the handler method with the arguments and tears the worker down.
 */
public interface HandlerInvoker {
    /**
     * Runs the handler on the calling thread and returns its result.
     *
     * @param entrypoint the entrypoint that fired
     * @param arguments the handler arguments, in order
     * @param contextData worker context data (forwarded with events the handler dispatches)
     * @param parentCallIds the call id stack of the caller, empty when none
     * @throws Exception whatever the handler threw, unwrapped
     */
    Object invoke(EntrypointMethod entrypoint, List<Object> arguments, Map<String, Object> contextData,
                  List<String> parentCallIds) throws Exception;
}
