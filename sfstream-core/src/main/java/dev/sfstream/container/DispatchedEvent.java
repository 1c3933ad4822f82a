package dev.sfstream.container;

/**
 * An event a service dispatched through the {@link InMemoryEventDispatcher}.
 *
 * @param serviceName the dispatching service (the Nameko exchange would be {@code <serviceName>.events})
 * @param eventType the event type (routing key)
 * @param payload the payload as given
 * @param worker the dispatching worker's context, null outside a worker
 */
public record DispatchedEvent(String serviceName, String eventType, Object payload, WorkerContext worker) {
}
