package dev.sfstream.bench.service;

import dev.sfstream.bench.probe.EventProbe;
import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.ServiceContext;
import dev.sfstream.container.WorkerContext;

/** Serves the one {@link EventProbe} of the service (configured from the environment) to every worker. */
public final class ProbeProvider implements DependencyProvider<EventProbe> {
    private volatile EventProbe probe;

    @Override
    public Class<EventProbe> type() {
        return EventProbe.class;
    }

    @Override
    public void start(ServiceContext service) {
        probe = EventProbe.fromEnvironment();
    }

    @Override
    public EventProbe get(WorkerContext worker) {
        return probe;
    }
}
