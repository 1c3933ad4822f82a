package dev.sfstream.amqp.handler;

import java.util.List;
import java.util.Map;

/** What an {@link EventConsumer} calls for each event; throwing means the handler failed. */
@FunctionalInterface
public interface EventCallback {
    /**
     * Handles one event on a worker thread.
     *
     * @param subscription the handler the event was consumed for
     * @param payload the decoded body
     * @param contextData the sender's context data (Nameko headers without their {@code nameko.} prefix)
     * @param parentCallIds the sender's call id stack, oldest first, empty when it sent none
     */
    void handle(EventSubscription subscription, Object payload, Map<String, Object> contextData,
                List<String> parentCallIds) throws Exception;
}
