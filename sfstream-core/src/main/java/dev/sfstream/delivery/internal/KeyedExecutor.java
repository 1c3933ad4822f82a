package dev.sfstream.delivery.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on a worker pool so that tasks with the same key run one after the other, in submission
 * order, while tasks with different keys (or no key) run in parallel up to the pool's size. The tasks
 * waiting behind a key are chained through the tasks themselves, so queueing allocates nothing.
 */
final class KeyedExecutor {
    private final ExecutorService workers;
    /** Per busy key, the last task submitted for it (the tail of the key's chain). Guarded by itself. */
    private final Map<String, Task> tails = new HashMap<>();

    KeyedExecutor(ExecutorService workers) {
        this.workers = workers;
    }

    /**
     * Work that reports its own end, which may come later and on another thread (e.g. after a scheduled
     * retry): {@link #start()} must lead to exactly one {@link #done()}, unless the pool was aborted.
     */
    abstract static class Task implements Runnable {
        private final String key;
        private KeyedExecutor owner;
        /** The next task of the same key; guarded by the owner's lock. */
        private Task next;

        /** @param key tasks with equal keys run in order; null runs at once */
        Task(String key) {
            this.key = key;
        }

        abstract void start();

        @Override
        public final void run() {
            start();
        }

        /** Ends this task and starts the next one of its key. */
        final void done() {
            if (key != null) {
                owner.startNext(this);
            }
        }
    }

    void submit(Task task) {
        task.owner = this;
        if (task.key != null) {
            synchronized (tails) {
                Task tail = tails.put(task.key, task);
                if (tail != null) {
                    tail.next = task;
                    return;
                }
            }
        }
        execute(task);
    }

    private void startNext(Task finished) {
        Task next;
        synchronized (tails) {
            next = finished.next;
            if (next == null) {
                tails.remove(finished.key);
                return;
            }
            finished.next = null;
        }
        execute(next);
    }

    private void execute(Task task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException stopped) {
            // The pipeline was aborted: the event stays uncommitted and is replayed after a restart.
        }
    }
}
