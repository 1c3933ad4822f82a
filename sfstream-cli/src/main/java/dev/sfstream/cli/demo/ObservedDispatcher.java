package dev.sfstream.cli.demo;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;
import java.util.Map;

/** Serves the real event dispatcher (RabbitMQ or in memory) and shows each event it dispatched. */
final class ObservedDispatcher implements DependencyProvider<EventDispatcher> {
    private final DependencyProvider<EventDispatcher> delegate;
    private final LiveConsole console;

    ObservedDispatcher(DependencyProvider<EventDispatcher> delegate, LiveConsole console) {
        this.delegate = delegate;
        this.console = console;
    }

    @Override
    public Class<EventDispatcher> type() {
        return EventDispatcher.class;
    }

    @Override
    public void start(ServiceContext service) throws Exception {
        delegate.start(service);
    }

    @Override
    public EventDispatcher get(WorkerContext worker) {
        EventDispatcher dispatcher = delegate.get(worker);
        return (eventType, payload) -> {
            dispatcher.dispatch(eventType, payload);
            Object id = payload instanceof Map<?, ?> fields ? fields.get("Id") : null;
            console.dispatched(eventType + (id == null ? "" : " " + id));
        };
    }

    @Override
    public void stop() {
        delegate.stop();
    }
}
