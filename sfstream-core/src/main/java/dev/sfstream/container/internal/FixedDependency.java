package dev.sfstream.container.internal;

import dev.sfstream.container.DependencyProvider;
import dev.sfstream.container.WorkerContext;

/** Serves one value, the same for every worker (a shared client, or a test's recording fake). */
public record FixedDependency<T>(Class<T> type, T value) implements DependencyProvider<T> {
    @Override
    public T get(WorkerContext worker) {
        return value;
    }
}
