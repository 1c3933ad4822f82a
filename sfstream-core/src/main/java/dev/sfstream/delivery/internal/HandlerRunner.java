package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import dev.sfstream.failure.BackOff;
import dev.sfstream.failure.DependencyUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a handler, retries it with exponential back-off when it throws, and dead-letters the event when the
 * retries are spent. A failure that says a dependency is unavailable ({@link DependencyUnavailable}, also from
 * the dead-letter sink) is not the event's fault: the event is held and retried with the same back-off, capped,
 * for as long as the outage lasts, without using up its retries, and is never dead-lettered for it. Retry
 * waits run on a scheduler, so they hold no worker thread.
 */
final class HandlerRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerRunner.class);
    static final Duration MAX_RETRY_BACK_OFF = Duration.ofMinutes(1);
    static final Duration MAX_HOLD_BACK_OFF = Duration.ofSeconds(30);
    /** A field updater rather than an AtomicInteger per event: the timeout watch costs nothing when it is off. */
    private static final AtomicIntegerFieldUpdater<Run> RUNNING_ATTEMPT =
            AtomicIntegerFieldUpdater.newUpdater(Run.class, "runningAttempt");

    private final int retries;
    private final Duration timeout;
    private final BackOff retryBackOff;
    private final BackOff holdBackOff;
    private final ScheduledExecutorService retryScheduler;
    private final Executor workers;
    private final DeadLetterSink deadLetters;
    private final DependencyOutage outage;
    private final BooleanSupplier aborted;
    private final BooleanSupplier handOver;
    private final Clock clock;

    /**
     * @param timeout how long one invocation may run before it counts as failed; zero for no limit
     */
    HandlerRunner(int retries, Duration backOff, Duration timeout, ScheduledExecutorService retryScheduler,
            Executor workers, DeadLetterSink deadLetters, DependencyOutage outage, BooleanSupplier aborted,
            BooleanSupplier handOver, Clock clock) {
        this.retries = retries;
        this.timeout = timeout;
        this.retryBackOff = new BackOff(backOff, max(backOff, MAX_RETRY_BACK_OFF), 0);
        this.holdBackOff = new BackOff(backOff, max(backOff, MAX_HOLD_BACK_OFF), 0);
        this.retryScheduler = retryScheduler;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.outage = outage;
        this.aborted = aborted;
        this.handOver = handOver;
        this.clock = clock;
    }

    /**
     * One event's way through the handler: its attempts and whether it waits for a dependency. One attempt runs
     * at a time, so the fields need no lock; the executor's hand-offs publish them.
     */
    abstract static class Run extends KeyedExecutor.Task implements EventHandler.Progress {
        private int failures;
        private int holds;
        private long partsDone;
        /** The running attempt, or 0; claimed once by whichever ends it first: its return or its timeout. */
        volatile int runningAttempt;
        private int attempts;
        private final DeliveryMetrics.Channel counters;

        Run(String[] keys, DeliveryMetrics.Channel counters) {
            super(keys);
            this.counters = counters;
        }

        abstract StreamEvent event();

        abstract EventHandler handler();

        /** The event was handled or dead-lettered. */
        abstract void completed();

        @Override
        public final boolean isDone(int part) {
            return (partsDone & (1L << part)) != 0;
        }

        @Override
        public final void done(int part) {
            partsDone |= 1L << part;
        }
    }

    /** Handles the event, retrying as needed, and then completes it (unless the pipeline is aborted). */
    void handle(Run run) {
        if (aborted.getAsBoolean()) {
            return;
        }
        if (!handOver.getAsBoolean()) {
            // Not allowed to hand events over (a leader that cannot prove its lease): wait, unhandled; if the lead
            // is lost the pipeline is stopped and the event is replayed by whoever leads next.
            schedule(() -> handle(run), holdBackOff.delay(1));
            return;
        }
        int attempt = ++run.attempts;
        ScheduledFuture<?> deadline = timeout.isZero() ? null : watch(run, attempt, Thread.currentThread());
        try {
            run.handler().handle(run.event(), run);
        } catch (Exception | LinkageError | AssertionError failure) {
            if (ended(run, attempt, deadline) && !aborted.getAsBoolean()) {
                failed(run, failure);
            }
            return;
        }
        if (!ended(run, attempt, deadline)) {
            return;
        }
        released(run);
        run.counters.handled.increment();
        run.completed();
    }

    private ScheduledFuture<?> watch(Run run, int attempt, Thread worker) {
        RUNNING_ATTEMPT.set(run, attempt);
        try {
            return retryScheduler.schedule(() -> {
                if (RUNNING_ATTEMPT.compareAndSet(run, attempt, 0)) {
                    worker.interrupt();
                    StreamEvent event = run.event();
                    LOG.warn("Handler for channel {} ran longer than {} ms on replay id {}: interrupted",
                            event.channel(), timeout.toMillis(), event.replayId());
                    workers.execute(() -> failed(run, new HandlerTimeoutException(event.channel(), event.replayId(),
                            timeout)));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            return null;
        }
    }

    /** Whether this attempt's end is still its own to report (false once its timeout reported it). */
    private static boolean ended(Run run, int attempt, ScheduledFuture<?> deadline) {
        if (deadline == null) {
            return true;
        }
        deadline.cancel(false);
        if (RUNNING_ATTEMPT.compareAndSet(run, attempt, 0)) {
            return true;
        }
        Thread.interrupted(); // clear an interrupt the timeout may have sent just as the handler returned
        return false;
    }

    private void failed(Run run, Throwable failure) {
        run.counters.failed.increment();
        if (DependencyUnavailable.in(failure)) {
            hold(run, failure, () -> handle(run));
            return;
        }
        released(run);
        StreamEvent event = run.event();
        run.failures++;
        if (run.failures > retries) {
            deadLetter(run, failure);
            return;
        }
        Duration wait = retryBackOff.delay(run.failures);
        LOG.warn("Handler for channel {} failed on replay id {} (attempt {} of {}), retrying in {} ms: {}",
                event.channel(), event.replayId(), run.failures, retries + 1, wait.toMillis(),
                DeadLetter.describe(failure));
        schedule(() -> handle(run), wait);
    }

    private void hold(Run run, Throwable failure, Runnable retry) {
        run.counters.held.increment();
        if (run.holds++ == 0) {
            outage.hold(run.event().channel(), run.event().replayId(), failure);
        } else {
            outage.stillUnavailable(failure);
        }
        schedule(retry, holdBackOff.delay(run.holds));
    }

    private void released(Run run) {
        if (run.holds > 0) {
            run.holds = 0;
            outage.release();
        }
    }

    private void schedule(Runnable attempt, Duration wait) {
        try {
            retryScheduler.schedule(() -> workers.execute(attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Aborted while waiting to retry: the event stays uncommitted and is replayed after a restart.
        }
    }

    private void deadLetter(Run run, Throwable failure) {
        StreamEvent event = run.event();
        DeadLetter letter = new DeadLetter(event, run.failures, DeadLetter.describe(failure), clock.instant());
        try {
            deadLetters.accept(letter);
        } catch (RuntimeException sinkFailure) {
            if (DependencyUnavailable.in(sinkFailure)) {
                hold(run, sinkFailure, () -> deadLetter(run, failure));
                return;
            }
            LOG.error("Dead-letter sink {} failed for channel {} replay id {}; the event is dropped: {}",
                    deadLetters.getClass().getName(), event.channel(), event.replayId(),
                    DeadLetter.describe(sinkFailure));
        }
        released(run);
        run.counters.deadLettered.increment();
        run.completed();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
