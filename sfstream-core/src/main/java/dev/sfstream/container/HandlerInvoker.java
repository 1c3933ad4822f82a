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

    /**
     * Runs the handler like {@link #invoke(EntrypointMethod, List, Map, List)}, naming where the message came from
     * (a streaming channel, a queue): the worker's log lines carry it as MDC {@code channel} and its observation as
     * key {@code channel}. The default ignores the channel.
     *
     * @param channel where the message came from, or null for none
     * @throws Exception whatever the handler threw, unwrapped
     */
    default Object invoke(EntrypointMethod entrypoint, List<Object> arguments, Map<String, Object> contextData,
                          List<String> parentCallIds, String channel) throws Exception {
        return invoke(entrypoint, arguments, contextData, parentCallIds);
    }
}
