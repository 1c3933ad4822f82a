package dev.sfstream.amqp.dispatch;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;
import dev.sfstream.events.EventDispatcher;

/** The real dispatcher provider, started as if the service were called {@code source} (a test's own exchange). */
final class RenamedDispatcherProvider implements DependencyProvider<EventDispatcher> {
    private final EventDispatcherProvider provider = new EventDispatcherProvider();
    private final String source;

    RenamedDispatcherProvider(String source) {
        this.source = source;
    }

    @Override
    public Class<EventDispatcher> type() {
        return EventDispatcher.class;
    }

    @Override
    public void start(ServiceContext service) {
        provider.start(new ServiceContext(source, service.config()));
    }

    @Override
    public EventDispatcher get(WorkerContext worker) {
        return provider.get(worker);
    }

    @Override
    public void stop() {
        provider.stop();
    }
}
