package dev.sfstream.delivery.internal;

import dev.sfstream.delivery.DeadLetter;
import dev.sfstream.delivery.DeadLetterSink;
import dev.sfstream.delivery.EventHandler;
import dev.sfstream.delivery.StreamEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a handler, retries it with exponential back-off when it throws, and dead-letters the event when
 * the retries are spent. The retry wait runs on a scheduler, so it holds no worker thread.
 */
final class HandlerRunner {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerRunner.class);
    static final Duration MAX_RETRY_BACK_OFF = Duration.ofMinutes(1);

    private final int retries;
    private final Duration backOff;
    private final ScheduledExecutorService retryScheduler;
    private final Executor workers;
    private final DeadLetterSink deadLetters;
    private final DeliveryMetrics metrics;
    private final BooleanSupplier aborted;
    private final Clock clock;

    HandlerRunner(int retries, Duration backOff, ScheduledExecutorService retryScheduler, Executor workers,
            DeadLetterSink deadLetters, DeliveryMetrics metrics, BooleanSupplier aborted, Clock clock) {
        this.retries = retries;
        this.backOff = backOff;
        this.retryScheduler = retryScheduler;
        this.workers = workers;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.aborted = aborted;
        this.clock = clock;
    }

    /** What to do once an event is handled or dead-lettered. */
    interface Completion {
        void completed();
    }

    /** Handles the event, retrying as needed, and then completes it (unless the pipeline is aborted). */
    void handle(StreamEvent event, EventHandler handler, Completion done) {
        attempt(event, handler, 1, done);
    }

    private void attempt(StreamEvent event, EventHandler handler, int attempt, Completion done) {
        if (aborted.getAsBoolean()) {
            return;
        }
        try {
            handler.handle(event);
        } catch (Exception | LinkageError | AssertionError failure) {
            if (aborted.getAsBoolean()) {
                return;
            }
            metrics.failed.increment();
            if (attempt > retries) {
                deadLetter(event, attempt, failure, done);
                return;
            }
            Duration wait = backOffBefore(attempt + 1);
            LOG.warn("Handler for channel {} failed on replay id {} (attempt {} of {}), retrying in {} ms: {}",
                    event.channel(), event.replayId(), attempt, retries + 1, wait.toMillis(),
                    DeadLetter.describe(failure));
            scheduleRetry(event, handler, attempt + 1, done, wait);
            return;
        }
        metrics.handled.increment();
        done.completed();
    }

    private void scheduleRetry(StreamEvent event, EventHandler handler, int attempt, Completion done, Duration wait) {
        try {
            retryScheduler.schedule(() -> workers.execute(() -> attempt(event, handler, attempt, done)),
                    wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Aborted while waiting to retry: the event stays uncommitted and is replayed after a restart.
        }
    }

    Duration backOffBefore(int attempt) {
        long factor = 1L << Math.min(attempt - 2, 20);
        Duration wait = backOff.multipliedBy(factor);
        return wait.compareTo(MAX_RETRY_BACK_OFF) > 0 ? MAX_RETRY_BACK_OFF : wait;
    }

    private void deadLetter(StreamEvent event, int attempts, Throwable failure, Completion done) {
        DeadLetter letter = new DeadLetter(event, attempts, DeadLetter.describe(failure), clock.instant());
        try {
            deadLetters.accept(letter);
        } catch (RuntimeException sinkFailure) {
            LOG.error("Dead-letter sink {} failed for channel {} replay id {}; the event is dropped: {}",
                    deadLetters.getClass().getName(), event.channel(), event.replayId(),
                    DeadLetter.describe(sinkFailure));
        }
        metrics.deadLettered.increment();
        done.completed();
    }
}
