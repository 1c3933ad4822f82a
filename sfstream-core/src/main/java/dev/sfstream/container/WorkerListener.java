package dev.sfstream.container;

import java.util.List;

/**
 * Told when a worker finishes, on the worker's thread; used by the test kit to wait for an entrypoint and
 * by tools that show what a service does. Must be quick and must not throw.
 */
@FunctionalInterface
public interface WorkerListener {
    /**
     * One worker finished.
     *
     * @param entrypoint the entrypoint that fired
     * @param worker the worker's context
     * @param arguments the arguments the handler got
     * @param result what the handler returned, null on failure
     * @param failure what the handler threw, null on success
     */
    void workerFinished(EntrypointMethod entrypoint, WorkerContext worker, List<Object> arguments, Object result,
                        Throwable failure);
}
