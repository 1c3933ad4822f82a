package dev.sfstream.container.internal;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.WorkerContext;

/** Serves {@code @Dependency WorkerContext} fields: the handler's own worker context. */
public final class WorkerContextDependency implements DependencyProvider<WorkerContext> {
    @Override
    public Class<WorkerContext> type() {
        return WorkerContext.class;
    }

    @Override
    public WorkerContext get(WorkerContext worker) {
        return worker;
    }
}
