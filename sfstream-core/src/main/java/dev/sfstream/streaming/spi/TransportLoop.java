package dev.sfstream.streaming.spi;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread on which a transport makes its recovery decisions, in order, so that they never race. A step
 * that throws is a bug: it is handed to {@code onBug} (which typically fails the transport loudly) rather than
 * silently ending recovery. Steps posted after {@link #shutdown} are dropped.
 */
public final class TransportLoop {
    private final ScheduledExecutorService executor;
    private final Consumer<Throwable> onBug;

    /** @param threadName the loop thread's name, e.g. {@code my-service-recovery} */
    public TransportLoop(String threadName, Consumer<Throwable> onBug) {
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.onBug = onBug;
    }

    /** Runs {@code step} on the loop, after the steps already posted. */
    public void post(Runnable step) {
        try {
            executor.execute(() -> guarded(step));
        } catch (RejectedExecutionException stopped) {
            // Stopping: late reports are dropped.
        }
    }

    /** Runs {@code step} on the loop after {@code delay}; null when the loop is shut down. */
    public ScheduledFuture<?> schedule(Runnable step, Duration delay) {
        try {
            return executor.schedule(() -> guarded(step), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            return null;
        }
    }

    /** Runs {@code step} on the loop every {@code period} until shut down. */
    public void every(Duration period, Runnable step) {
        try {
            executor.scheduleWithFixedDelay(() -> guarded(step), period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Stopped before it started: nothing to repeat.
        }
    }

    /** Runs a step now, on the calling thread, with the loop's handling of bugs. */
    public void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError bug) {
            onBug.accept(bug);
        }
    }

    /** Drops every pending step and waits at most {@code grace} for the running one. */
    public void shutdown(Duration grace) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }
}
