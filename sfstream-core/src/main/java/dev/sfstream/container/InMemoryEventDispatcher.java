package dev.sfstream.container;

import dev.sfstream.events.EventDispatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps dispatched events in the process: logs each, tells listeners, counts them and remembers the most
 * recent ones. Serves {@code @Dependency EventDispatcher} fields when no {@code AMQP_URI} is configured,
 * and in tests and the demo.
 */
public final class InMemoryEventDispatcher implements DependencyProvider<EventDispatcher> {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventDispatcher.class);
    /** How many recent events {@link #recent()} keeps. */
    public static final int RECENT_CAPACITY = 10_000;

    /**
     * An event a service dispatched through this dispatcher.
     *
     * @param serviceName the dispatching service (the Nameko exchange would be {@code <serviceName>.events})
     * @param eventType the event type (routing key)
     * @param payload the payload as given
     * @param worker the dispatching worker's context, null outside a worker
     */
    public record DispatchedEvent(String serviceName, String eventType, Object payload, WorkerContext worker) {
    }

    private final Deque<DispatchedEvent> recent = new ArrayDeque<>();
    private final List<Consumer<DispatchedEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong count = new AtomicLong();
    private volatile String serviceName = "";

    @Override
    public Class<EventDispatcher> type() {
        return EventDispatcher.class;
    }

    @Override
    public void start(ServiceContext service) {
        serviceName = service.serviceName();
        LOG.info("Service {} dispatches events in memory (AMQP_URI is not set, or sfstream-amqp is not on the "
                + "class path)", serviceName);
    }

    @Override
    public EventDispatcher get(WorkerContext worker) {
        return (eventType, payload) -> record(new DispatchedEvent(serviceName, eventType, payload, worker));
    }

    /** A dispatcher for use outside any worker, as Nameko's standalone dispatcher. */
    public EventDispatcher standalone(String service) {
        return (eventType, payload) -> record(new DispatchedEvent(service, eventType, payload, null));
    }

    /** Calls {@code listener} with every event dispatched from now on, on the dispatching thread. */
    public void addListener(Consumer<DispatchedEvent> listener) {
        listeners.add(listener);
    }

    /** How many events were dispatched. */
    public long count() {
        return count.get();
    }

    /** The most recent events (at most {@value #RECENT_CAPACITY}), oldest first. */
    public List<DispatchedEvent> recent() {
        synchronized (recent) {
            return List.copyOf(new ArrayList<>(recent));
        }
    }

    private void record(DispatchedEvent event) {
        LOG.debug("Dispatched event {} from {}", event.eventType(), event.serviceName());
        synchronized (recent) {
            if (recent.size() == RECENT_CAPACITY) {
                recent.removeFirst();
            }
            recent.addLast(event);
        }
        count.incrementAndGet();
        listeners.forEach(listener -> listener.accept(event));
    }
}
