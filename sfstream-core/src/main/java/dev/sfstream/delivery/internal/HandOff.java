package dev.sfstream.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Hands tasks to the worker pool, holding back those a receiving thread submits while it takes in a whole reply,
 * so that the reply wakes the workers once rather than once per event.
 */
final class HandOff implements Executor {
    private final Executor workers;
    private final ThreadLocal<List<Runnable>> held = new ThreadLocal<>();

    HandOff(Executor workers) {
        this.workers = workers;
    }

    @Override
    public void execute(Runnable task) {
        List<Runnable> batch = held.get();
        if (batch != null) {
            batch.add(task);
        } else {
            submit(task);
        }
    }

    /** Runs {@code receive}; the tasks it submits on this thread start when it returns (or throws). */
    void together(Runnable receive) {
        if (held.get() != null) {
            receive.run();
            return;
        }
        List<Runnable> batch = new ArrayList<>();
        held.set(batch);
        try {
            receive.run();
        } finally {
            held.remove();
            batch.forEach(this::submit);
        }
    }

    private void submit(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException stopped) {
            // The pipeline was aborted: the event stays uncommitted and is replayed after a restart.
        }
    }
}
