package dev.sfstream.testkit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Waits for the first call of one entrypoint that matches a condition, as Nameko's
 * {@code entrypoint_waiter}. Create it before causing the change, then {@link #await}.
 */
public final class EntrypointWaiter {
    private final String method;
    private final Predicate<WorkerCall> condition;
    private final CompletableFuture<WorkerCall> call = new CompletableFuture<>();

    EntrypointWaiter(String method, Predicate<WorkerCall> condition) {
        this.method = method;
        this.condition = condition;
    }

    void offer(WorkerCall candidate) {
        if (candidate.method().equals(method) && !call.isDone() && condition.test(candidate)) {
            call.complete(candidate);
        }
    }

    /**
     * The matching call, once it has finished (successfully or not).
     *
     * @throws AssertionError when none happened within {@code timeout}
     */
    public WorkerCall await(Duration timeout) {
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException none) {
            throw new AssertionError("entrypoint " + method + " was not called (as expected) within " + timeout);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for entrypoint " + method, interrupted);
        } catch (ExecutionException impossible) {
            throw new AssertionError(impossible.getCause());
        }
    }

    /** The matching call's result; fails when the handler threw or was not called within {@code timeout}. */
    public Object awaitResult(Duration timeout) {
        WorkerCall finished = await(timeout);
        if (!finished.succeeded()) {
            throw new AssertionError("entrypoint " + method + " threw " + finished.failure(), finished.failure());
        }
        return finished.result();
    }
}
