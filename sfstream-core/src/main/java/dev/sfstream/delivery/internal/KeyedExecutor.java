package dev.sfstream.delivery.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on a worker pool so that tasks with the same key run one after the other, in submission
 * order, while tasks with different keys (or no key) run in parallel up to the pool's size.
 */
final class KeyedExecutor {
    private final ExecutorService workers;
    /** Keys with a running task, and the tasks waiting behind it. Guarded by itself. */
    private final Map<String, ArrayDeque<AsyncTask>> busyKeys = new HashMap<>();

    KeyedExecutor(ExecutorService workers) {
        this.workers = workers;
    }

    void submit(String key, AsyncTask task) {
        if (key == null) {
            execute(task, () -> { });
            return;
        }
        synchronized (busyKeys) {
            ArrayDeque<AsyncTask> waiting = busyKeys.get(key);
            if (waiting != null) {
                waiting.add(task);
                return;
            }
            busyKeys.put(key, new ArrayDeque<>());
        }
        execute(task, () -> startNext(key));
    }

    private void startNext(String key) {
        AsyncTask next;
        synchronized (busyKeys) {
            ArrayDeque<AsyncTask> waiting = busyKeys.get(key);
            next = waiting == null ? null : waiting.poll();
            if (next == null) {
                busyKeys.remove(key);
                return;
            }
        }
        execute(next, () -> startNext(key));
    }

    private void execute(AsyncTask task, Runnable afterwards) {
        try {
            workers.execute(() -> task.start(afterwards));
        } catch (RejectedExecutionException stopped) {
            // The pipeline was aborted: the event stays uncommitted and is replayed after a restart.
        }
    }
}
