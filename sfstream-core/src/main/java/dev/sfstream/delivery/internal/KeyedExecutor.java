package dev.sfstream.delivery.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Runs tasks on a worker pool so that tasks sharing a key run one after the other, in submission order, while
 * tasks with no key in common run in parallel up to the pool's size. A task with several keys starts only when
 * the tasks before it under each of its keys are done, and the tasks after it under any of its keys wait for
 * it. The tasks waiting behind a key are chained through the tasks themselves.
 */
final class KeyedExecutor {
    private final Executor workers;
    /** Per busy key, the last task submitted for it (the tail of the key's chain). Guarded by itself. */
    private final Map<String, Task> tails = new HashMap<>();

    /** @param workers runs the tasks; it drops those it cannot run any more (an aborted pipeline) */
    KeyedExecutor(Executor workers) {
        this.workers = workers;
    }

    /**
     * Work that reports its own end, which may come later and on another thread (e.g. after a scheduled
     * retry): {@link #start()} must lead to exactly one {@link #done()}, unless the pool was aborted.
     */
    abstract static class Task implements Runnable {
        private final String[] keys;
        private KeyedExecutor owner;
        /** The next task of the first key; guarded by the owner's lock. */
        private Task next;
        /** Per further key (index - 1), the next task of that key; null for a single-key task (most events). */
        private Task[] nextOfOthers;
        /** Tasks before this one that are not done yet; guarded by the owner's lock. */
        private int waitingFor;

        /** @param keys tasks sharing a key run in order; none runs at once */
        Task(String[] keys) {
            this.keys = keys;
        }

        abstract void start();

        @Override
        public final void run() {
            start();
        }

        private Task nextOf(int key) {
            return key == 0 ? next : nextOfOthers[key - 1];
        }

        private void setNext(int key, Task task) {
            if (key == 0) {
                next = task;
            } else {
                nextOfOthers[key - 1] = task;
            }
        }

        /** Ends this task and starts the tasks that waited only for it. */
        final void done() {
            if (keys.length > 0) {
                owner.finished(this);
            }
        }
    }

    void submit(Task task) {
        task.owner = this;
        if (task.keys.length > 0) {
            synchronized (tails) {
                if (task.keys.length > 1) {
                    task.nextOfOthers = new Task[task.keys.length - 1];
                }
                for (String key : task.keys) {
                    Task tail = tails.put(key, task);
                    if (tail != null) {
                        tail.setNext(indexOf(tail, key), task);
                        task.waitingFor++;
                    }
                }
                if (task.waitingFor > 0) {
                    return;
                }
            }
        }
        execute(task);
    }

    private void finished(Task done) {
        List<Task> ready = null;
        synchronized (tails) {
            for (int i = 0; i < done.keys.length; i++) {
                Task next = done.nextOf(i);
                if (next == null) {
                    tails.remove(done.keys[i]);
                    continue;
                }
                done.setNext(i, null);
                if (--next.waitingFor == 0) {
                    if (ready == null) {
                        ready = new ArrayList<>(1);
                    }
                    ready.add(next);
                }
            }
        }
        if (ready != null) {
            ready.forEach(this::execute);
        }
    }

    private static int indexOf(Task task, String key) {
        for (int i = 0; i < task.keys.length; i++) {
            if (task.keys[i].equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("key " + key + " is not one of the task's");
    }

    private void execute(Task task) {
        workers.execute(task);
    }
}
